namespace Creo.Domain.Billing;

/// <summary>
/// The webhook inbox: each provider event once (its id is the key), recorded before we answer, applied by a job.
/// Replaying it is safe because applying is idempotent on the business key, not only on the event id.
/// </summary>
public sealed class PaymentEventRecord
{
    public const int MaxErrorLength = 500;

    private PaymentEventRecord()
    {
        EventId = string.Empty;
        Type = string.Empty;
        Payload = string.Empty;
    }

    public string EventId { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset EventCreatedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The event as the provider sent it (it names the customer, so it is purged once applied and old).</summary>
    public string Payload { get; private set; }

    public DateTimeOffset? AppliedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static PaymentEventRecord Receive(string eventId, string type, DateTimeOffset eventCreatedAt, string payload, DateTimeOffset now) => new()
    {
        EventId = eventId,
        Type = type,
        EventCreatedAt = eventCreatedAt,
        Payload = payload,
        ReceivedAt = now,
    };

    public void MarkApplied(DateTimeOffset now)
    {
        AppliedAt = now;
        Attempts++;
        LastError = null;
    }

    public void RecordFailure(string error)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }

    /// <summary>An operator asks for the event to be applied again (applying twice grants nothing twice).</summary>
    public void Reopen() => AppliedAt = null;
}
