namespace Creo.Domain.Billing;

/// <summary>
/// The link between a person and their customer at the payment provider. The provider keeps the card; we keep
/// only this id (policy section 02, "payment data").
/// </summary>
public sealed class BillingCustomer
{
    public const int MaxProviderIdLength = 100;

    private BillingCustomer()
    {
        ProviderCustomerId = string.Empty;
    }

    public Guid UserId { get; private set; }

    public string ProviderCustomerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static BillingCustomer Link(Guid userId, string providerCustomerId, DateTimeOffset now) =>
        new() { UserId = userId, ProviderCustomerId = providerCustomerId, CreatedAt = now };
}
