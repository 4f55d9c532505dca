namespace Creo.Domain.Accounts;

/// <summary>That a person accepted one policy version, and when. Append-only: a new version means a new row.</summary>
public sealed class PolicyAcceptance
{
    private PolicyAcceptance()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public int PolicyVersion { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    public static PolicyAcceptance Record(Guid userId, int policyVersion, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        PolicyVersion = policyVersion,
        AcceptedAt = now,
    };
}
