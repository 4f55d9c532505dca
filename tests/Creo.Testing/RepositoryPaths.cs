namespace Creo.Testing;

/// <summary>Finds the repository (the folder holding Creo.sln) from wherever the test binary runs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>shared/</c> sits beside the repository on developer machines and in CI.</summary>
    public static string SharedSeedPolicy => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", "privacy-policy.txt"));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Creo.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Creo.sln was not found above " + AppContext.BaseDirectory);
    }
}
