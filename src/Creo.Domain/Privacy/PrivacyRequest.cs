namespace Creo.Domain.Privacy;

/// <summary>
/// A request to exercise a right (policy section 07). It is due 30 days after it was received ("We reply within
/// 30 days"); an extension needs a recorded reason, and the person is told.
/// </summary>
public sealed class PrivacyRequest
{
    public const int MaxDetailsLength = 2000;

    public const int MaxReasonLength = 1000;

    public static readonly TimeSpan ResponseTime = TimeSpan.FromDays(30);

    /// <summary>Sent through the privacy center.</summary>
    public const string FromWeb = "web";

    /// <summary>Arrived by mail to the contact address and logged by support.</summary>
    public const string FromEmail = "email";

    /// <summary>However often it is extended, a request is answered within three months of receipt.</summary>
    public static readonly TimeSpan LongestExtension = TimeSpan.FromDays(60);

    private PrivacyRequest()
    {
        Details = string.Empty;
        Source = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public PrivacyRequestType Type { get; private set; }

    public string Details { get; private set; }

    /// <summary>Where it came from: <c>web</c> (the privacy center) or <c>email</c> (logged by support).</summary>
    public string Source { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Outcome { get; private set; }

    public bool IsOpen => CompletedAt is null;

    public static PrivacyRequest Receive(Guid userId, PrivacyRequestType type, string details, string source, DateTimeOffset receivedAt) => new()
    {
        Id = Guid.CreateVersion7(receivedAt),
        UserId = userId,
        Type = type,
        Details = details.Length > MaxDetailsLength ? details[..MaxDetailsLength] : details,
        Source = source,
        ReceivedAt = receivedAt,
        DueAt = receivedAt + ResponseTime,
    };

    /// <summary>
    /// A request that arrived by mail, logged by support: due 30 days after it reached us, not after it was logged. It
    /// cannot have arrived in the future, and one older than the response time would be logged already overdue,
    /// which hides a missed promise instead of recording it.
    /// </summary>
    public static PrivacyRequest ReceiveByEmail(Guid userId, PrivacyRequestType type, string details, DateTimeOffset receivedAt, DateTimeOffset now)
    {
        if (receivedAt > now || receivedAt < now - ResponseTime)
        {
            throw new DomainException("received-at-invalid", "A request is logged with the time it arrived, within the last 30 days.");
        }

        return Receive(userId, type, details, FromEmail, receivedAt);
    }

    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && DueAt < now;

    /// <summary>Moves the due date out by <paramref name="days"/>, with the reason the person will be told.</summary>
    public void Extend(int days, string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("request-closed", "The request has been answered already.");
        }

        if (days <= 0 || string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("extension-invalid", "An extension needs a number of days and a reason.");
        }

        var due = DueAt + TimeSpan.FromDays(days);
        if (due > ReceivedAt + ResponseTime + LongestExtension)
        {
            throw new DomainException("extension-too-long", "A request is answered within three months of receipt at the latest.");
        }

        DueAt = due;
        ExtensionReason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
    }

    /// <summary>Answers the request with the outcome the person is told.</summary>
    public void Complete(string outcome, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("request-closed", "The request has been answered already.");
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainException("outcome-missing", "An answered request records what the person was told.");
        }

        Outcome = outcome.Length > MaxReasonLength ? outcome[..MaxReasonLength] : outcome;
        CompletedAt = now;
    }
}
