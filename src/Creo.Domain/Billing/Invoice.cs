namespace Creo.Domain.Billing;

/// <summary>
/// An invoice, kept as long as tax law requires (six years) — also after its person's account is deleted, when
/// it is detached from them (<see cref="Anonymise"/>) rather than deleted.
/// </summary>
public sealed class Invoice
{
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(6 * 365 + 2);

    private Invoice()
    {
        ProviderInvoiceId = string.Empty;
        Currency = string.Empty;
        Status = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Null once the invoice has been detached from a deleted account.</summary>
    public Guid? UserId { get; private set; }

    public string ProviderInvoiceId { get; private set; }

    public string? Number { get; private set; }

    /// <summary>Amounts in the currency's minor unit (cents).</summary>
    public long AmountDue { get; private set; }

    public long AmountPaid { get; private set; }

    public string Currency { get; private set; }

    public string Status { get; private set; }

    public DateTimeOffset? PeriodStart { get; private set; }

    public DateTimeOffset? PeriodEnd { get; private set; }

    /// <summary>The provider's hosted page for the invoice; it is the person's, so it goes with anonymisation.</summary>
    public string? HostedInvoiceUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset StateAt { get; private set; }

    public DateTimeOffset? AnonymisedAt { get; private set; }

    public static Invoice Record(Guid id, Guid userId, string providerInvoiceId, DateTimeOffset now) => new()
    {
        Id = id,
        UserId = userId,
        ProviderInvoiceId = providerInvoiceId,
        Status = "draft",
        CreatedAt = now,
        StateAt = DateTimeOffset.MinValue,
    };

    /// <summary>Takes the provider's state produced at <paramref name="stateAt"/>, unless ours is newer.</summary>
    public bool Apply(InvoiceFacts facts, DateTimeOffset stateAt)
    {
        if (stateAt < StateAt)
        {
            return false;
        }

        Number = facts.Number;
        AmountDue = facts.AmountDue;
        AmountPaid = facts.AmountPaid;
        Currency = facts.Currency;
        Status = facts.Status;
        PeriodStart = facts.PeriodStart;
        PeriodEnd = facts.PeriodEnd;
        HostedInvoiceUrl = AnonymisedAt is null ? facts.HostedInvoiceUrl : null;
        StateAt = stateAt;
        return true;
    }

    /// <summary>Keeps the tax record (number, amounts, dates) and lets go of who it was for.</summary>
    public void Anonymise(DateTimeOffset now)
    {
        UserId = null;
        HostedInvoiceUrl = null;
        AnonymisedAt ??= now;
    }
}
