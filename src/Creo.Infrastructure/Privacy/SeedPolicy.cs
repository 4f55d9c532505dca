namespace Creo.Infrastructure.Privacy;

/// <summary>
/// The policy text shipped with the app, stored as version 1 at first start: the policy in
/// <c>docs/privacy-policy.original.txt</c> word for word, except the lines <c>docs/policy-differences.md</c> lists (the
/// original named a database and a session layer Crëo does not use).
/// </summary>
public static class SeedPolicy
{
    public static string ReadText()
    {
        using var stream = typeof(SeedPolicy).Assembly.GetManifestResourceStream("Creo.Infrastructure.Privacy.Seed.privacy-policy-v1.txt")
            ?? throw new InvalidOperationException("The seed privacy policy is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
