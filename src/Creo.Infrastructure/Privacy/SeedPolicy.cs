namespace Creo.Infrastructure.Privacy;

/// <summary>The policy text shipped with the app (word for word the policy in <c>docs/privacy-policy.original.txt</c>), stored as version 1 at first start.</summary>
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
