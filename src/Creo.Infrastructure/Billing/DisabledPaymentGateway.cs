using Creo.Application.Billing.Payments;

namespace Creo.Infrastructure.Billing;

/// <summary>
/// Billing switched off (no Stripe keys, the embedded default): every use case checks first and says so; should
/// one still reach the gateway, it gets the same answer rather than a half-made payment.
/// </summary>
internal sealed class DisabledPaymentGateway : IPaymentGateway
{
    public Task<string> CreateCustomerAsync(Guid userId, string email, string? name, CancellationToken cancellationToken) => throw Off();

    public Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken) => throw Off();

    public Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken) => throw Off();

    public Task<string?> FindInvoicePaymentIntentAsync(string invoiceId, CancellationToken cancellationToken) => throw Off();

    public Task<bool> CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) => throw Off();

    public Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken) => throw Off();

    public PaymentEvent? ReadSignedEvent(string payload, string? signatureHeader) => null;

    public PaymentEvent ReadEvent(string payload) => throw Off();

    public Task<IReadOnlyList<string>> ListEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    private static DomainException Off() => new("billing-not-configured", "Credits cannot be bought here: ask support for credits.");
}
