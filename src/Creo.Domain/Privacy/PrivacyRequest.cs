using Creo.Domain.Common;

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

    public void Complete(string outcome, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("request-closed", "The request has been answered already.");
        }

        Outcome = outcome.Length > MaxReasonLength ? outcome[..MaxReasonLength] : outcome;
        CompletedAt = now;
    }
}
