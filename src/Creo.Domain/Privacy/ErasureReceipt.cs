namespace Creo.Domain.Privacy;

/// <summary>
/// Proof that an account was erased, holding no personal data: no user id, no address, only dates and counts.
/// Its id is the deletion's, which the person was mailed, so support can confirm an erasure when asked.
/// </summary>
public sealed class ErasureReceipt
{
    private ErasureReceipt()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset ScheduledFor { get; private set; }

    public DateTimeOffset CompletedAt { get; private set; }

    public int SubscriptionsCancelled { get; private set; }

    public int InvoicesAnonymised { get; private set; }

    public int GenerationObjectsRemoved { get; private set; }

    public int CreditEntriesRemoved { get; private set; }

    public int RequestLogEntriesRemoved { get; private set; }

    public int PrivacyRecordsRemoved { get; private set; }

    public int AccountRecordsRemoved { get; private set; }

    internal static ErasureReceipt For(AccountDeletion deletion, ErasureSummary summary, DateTimeOffset now) => new()
    {
        Id = deletion.Id,
        RequestedAt = deletion.RequestedAt,
        ScheduledFor = deletion.ScheduledFor,
        CompletedAt = now,
        SubscriptionsCancelled = summary.SubscriptionsCancelled,
        InvoicesAnonymised = summary.InvoicesAnonymised,
        GenerationObjectsRemoved = summary.GenerationObjectsRemoved,
        CreditEntriesRemoved = summary.CreditEntriesRemoved,
        RequestLogEntriesRemoved = summary.RequestLogEntriesRemoved,
        PrivacyRecordsRemoved = summary.PrivacyRecordsRemoved,
        AccountRecordsRemoved = summary.AccountRecordsRemoved,
    };
}
