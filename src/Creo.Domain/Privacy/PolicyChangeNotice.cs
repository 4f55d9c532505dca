namespace Creo.Domain.Privacy;

/// <summary>
/// That one person was mailed about one material policy change (policy section 12: "announced on the dashboard and by
/// email"). One row per person and version, so announcing again tells nobody twice.
/// </summary>
public sealed class PolicyChangeNotice
{
    private PolicyChangeNotice()
    {
    }

    public Guid Id { get; private set; }

    public int PolicyVersion { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset NotifiedAt { get; private set; }

    public static PolicyChangeNotice Sent(int policyVersion, Guid userId, DateTimeOffset now) => new()
    {
        Id = TimeOrderedIds.New(now),
        PolicyVersion = policyVersion,
        UserId = userId,
        NotifiedAt = now,
    };
}
