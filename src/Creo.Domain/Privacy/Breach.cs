namespace Creo.Domain.Privacy;

/// <summary>
/// A personal data breach (policy section 05: "If a breach occurs, we will notify affected users without undue delay").
/// The record documents what happened for the supervisory authority (GDPR art. 33(5)) and names no user: who was told
/// lives in <see cref="BreachNotification"/> rows, one per person.
/// </summary>
public sealed class Breach
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxMessageLength = 4000;
    public const int MaxCategoriesLength = 200;

    /// <summary>GDPR art. 33(1): the authority is told within 72 hours of our becoming aware of the breach.</summary>
    public static readonly TimeSpan AuthorityDeadline = TimeSpan.FromHours(72);

    private Breach()
    {
        Description = string.Empty;
        Message = string.Empty;
        Categories = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>When we became aware of it: the 72-hour clock of art. 33 starts here.</summary>
    public DateTimeOffset DiscoveredAt { get; private set; }

    /// <summary>What happened, the data involved and when (for the record; people read <see cref="Message"/>).</summary>
    public string Description { get; private set; }

    /// <summary>The staff member who recorded it.</summary>
    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>What the affected people are told, by mail and on their dashboard.</summary>
    public string Message { get; private set; }

    public BreachAudience Audience { get; private set; }

    /// <summary>The data categories involved (policy section 02), comma-separated; empty when not given.</summary>
    public string Categories { get; private set; }

    /// <summary>When the exposure began, when known.</summary>
    public DateTimeOffset? WindowFrom { get; private set; }

    /// <summary>When the exposure ended, when known; required to pick by categories and window.</summary>
    public DateTimeOffset? WindowTo { get; private set; }

    public DateTimeOffset NotifyAuthorityBy => DiscoveredAt + AuthorityDeadline;

    /// <summary>Accounts created after this moment cannot have been affected, so they are not told.</summary>
    public DateTimeOffset AffectsAccountsCreatedBy =>
        Audience == BreachAudience.ByCategoriesAndWindow && WindowTo is { } end && end < RecordedAt ? end : RecordedAt;

    public static Breach Record(BreachFacts facts, Guid recordedBy, DateTimeOffset now)
    {
        var discoveredAt = facts.DiscoveredAt ?? now;
        if (discoveredAt > now)
        {
            throw new DomainException("breach-discovered-in-future", "A breach cannot be discovered after it is recorded.");
        }

        if (facts.WindowFrom is { } from && facts.WindowTo is { } to && from > to)
        {
            throw new DomainException("breach-window-reversed", "The window of a breach must end after it begins.");
        }

        if (facts.Audience == BreachAudience.ByCategoriesAndWindow && (facts.WindowTo is null || facts.Categories.Count == 0))
        {
            throw new DomainException("breach-window-missing", "Picking by data categories needs the categories and the end of the window.");
        }

        return new Breach
        {
            Id = TimeOrderedIds.New(now),
            DiscoveredAt = discoveredAt,
            Description = facts.Description,
            RecordedBy = recordedBy,
            RecordedAt = now,
            Message = facts.Message,
            Audience = facts.Audience,
            Categories = string.Join(",", facts.Categories),
            WindowFrom = facts.WindowFrom,
            WindowTo = facts.WindowTo,
        };
    }
}
