namespace Creo.Domain.Privacy;

/// <summary>
/// That one person is affected by one breach: shown on their dashboard until dismissed, and mailed once. One row per
/// person and breach (a unique index), so notifying again tells nobody twice.
/// </summary>
public sealed class BreachNotification
{
    private BreachNotification()
    {
    }

    public Guid Id { get; private set; }

    public Guid BreachId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>When the notice was mailed; null until it has been.</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    /// <summary>When the person dismissed the dashboard notice; null while it shows.</summary>
    public DateTimeOffset? DismissedAt { get; private set; }

    public bool IsMailed => MailedAt is not null;

    public static BreachNotification Affects(Guid breachId, Guid userId, DateTimeOffset now) => new()
    {
        Id = TimeOrderedIds.New(now),
        BreachId = breachId,
        UserId = userId,
    };

    public void Mailed(DateTimeOffset now)
    {
        if (IsMailed)
        {
            throw new DomainException("breach-notice-already-mailed", "This person was already mailed about the breach.");
        }

        MailedAt = now;
    }

    /// <summary>The person read the dashboard notice; dismissing again changes nothing (a second click, a second tab).</summary>
    public void Dismiss(DateTimeOffset now) => DismissedAt ??= now;
}
