using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>
/// The pages' scripts stay small enough to read in one sitting (issue 19: no file over 300 lines). A page that
/// needs more splits its script into modules with one job each, as the studio does under <c>wwwroot/js/studio</c>.
/// </summary>
public sealed class PageScriptTests
{
    private const int MaxLines = 300;

    private static readonly string ScriptsFolder = RepositoryPaths.Combine("src", "Creo.Web", "wwwroot", "js");

    public static TheoryData<string> Scripts => new(
        Directory.EnumerateFiles(ScriptsFolder, "*.js", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(ScriptsFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_page_script_has_at_most_300_lines(string script)
    {
        var lines = File.ReadAllLines(Path.Combine(ScriptsFolder, script)).Length;

        Assert.True(lines <= MaxLines, $"wwwroot/js/{script} has {lines} lines; split it into modules with one job each.");
    }
}
