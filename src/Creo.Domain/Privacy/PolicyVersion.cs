namespace Creo.Domain.Privacy;

/// <summary>
/// One published version of the privacy policy. Published versions are never edited: a change is a new
/// version, so every recorded acceptance keeps pointing at the exact text the person saw.
/// </summary>
public sealed class PolicyVersion
{
    public const int MaxTextLength = 200_000;

    private PolicyVersion()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset EffectiveAt { get; private set; }

    /// <summary>A material change is announced on the dashboard and by email, and asks for acceptance again (section 12).</summary>
    public bool Material { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public static PolicyVersion Publish(int version, DateTimeOffset effectiveAt, bool material, string text, DateTimeOffset now)
    {
        if (version < 1)
        {
            throw new DomainException("policy-version-invalid", "Policy versions start at 1.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("policy-text-empty", "A policy version needs its text.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new DomainException("policy-text-too-long", $"A policy text is at most {MaxTextLength} characters.");
        }

        return new PolicyVersion
        {
            Id = Guid.CreateVersion7(now),
            Version = version,
            EffectiveAt = effectiveAt.ToUniversalTime(),
            Material = material,
            Text = text,
            PublishedAt = now.ToUniversalTime(),
        };
    }
}
