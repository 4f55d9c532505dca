namespace Creo.Testing;

/// <summary>Finds the repository (the folder holding Creo.sln) from wherever the test binary runs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The policy as the company wrote it, kept in the repository so a clone alone can check the shipped copy.</summary>
    public static string OriginalPolicy => Combine("docs", "privacy-policy.original.txt");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A test project's built assembly, in the configuration and framework these tests were built in.</summary>
    public static string BuiltTestAssembly(string project)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Combine("tests", project, "bin", framework.Parent!.Name, framework.Name, project + ".dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is not built; build Creo.sln first.");
    }

    /// <summary>
    /// The built web app (<c>src/Creo.Web/bin/&lt;Configuration&gt;/net10.0/Creo.Web.dll</c>) in the configuration these tests
    /// were built in, for tests that start it as a process of its own with <c>dotnet</c>.
    /// </summary>
    public static string BuiltWebApp
    {
        get
        {
            // The tests run from tests/<Project>/bin/<Configuration>/<TargetFramework>/.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Combine("src", "Creo.Web", "bin", framework.Parent!.Name, framework.Name, "Creo.Web.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is not built; build Creo.sln first.");
        }
    }

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
