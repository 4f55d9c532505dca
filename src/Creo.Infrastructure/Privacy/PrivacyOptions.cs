namespace Creo.Infrastructure.Privacy;

/// <summary>Settings under <c>Privacy__…</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The effective date of policy version 1, the shipped seed text.</summary>
    public DateTimeOffset SeedPolicyEffectiveAt { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
