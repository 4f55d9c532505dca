namespace Creo.Domain.Privacy;

/// <summary>
/// One decision about one optional purpose, appended and never changed: with the time, the policy version the
/// person saw, and where it was made. The newest record per purpose is the consent in force.
/// </summary>
public sealed class ConsentRecord
{
    public const int MaxSourceLength = 32;

    private ConsentRecord()
    {
        Source = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    public int PolicyVersion { get; private set; }

    /// <summary><c>privacy-center</c>, <c>cookie-banner</c>, or <c>global-privacy-control</c> (a <c>Sec-GPC: 1</c> signal).</summary>
    public string Source { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static ConsentRecord Record(Guid userId, ConsentPurpose purpose, bool granted, int policyVersion, string source, DateTimeOffset now) => new()
    {
        Id = TimeOrderedIds.New(now),
        UserId = userId,
        Purpose = purpose,
        Granted = granted,
        PolicyVersion = policyVersion,
        Source = source.Length > MaxSourceLength ? source[..MaxSourceLength] : source,
        RecordedAt = now,
    };
}
