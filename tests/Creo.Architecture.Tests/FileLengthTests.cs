using Creo.Architecture.Tests.Rules;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>
/// No file under <c>src/</c> (the web root's styles and scripts included) is longer than 300 lines: a longer one
/// splits by concern, as the studio's script did into <c>wwwroot/js/studio</c> and the site's styles into
/// <c>wwwroot/css</c>.
/// </summary>
public sealed class FileLengthTests
{
    [Fact]
    public void No_source_or_web_root_file_has_more_than_300_lines()
    {
        var offenders = FileLengthRule.Offenders(RepositoryPaths.Combine("src"));

        Assert.True(offenders.Count == 0, $"Over {FileLengthRule.MaxLines} lines; split each by concern:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    [Fact]
    public void A_planted_long_stylesheet_is_reported_and_a_long_migration_is_not()
    {
        var root = Directory.CreateTempSubdirectory("creo-file-length-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "wwwroot", "css"));
            Directory.CreateDirectory(Path.Combine(root, "Persistence", "Migrations"));
            File.WriteAllLines(Path.Combine(root, "wwwroot", "css", "long.css"), Enumerable.Repeat(".a { color: red; }", FileLengthRule.MaxLines + 1));
            File.WriteAllLines(Path.Combine(root, "wwwroot", "css", "short.css"), Enumerable.Repeat(".a { color: red; }", FileLengthRule.MaxLines));
            File.WriteAllLines(Path.Combine(root, "Persistence", "Migrations", "Initial.cs"), Enumerable.Repeat("// generated", 1000));

            Assert.Equal(["wwwroot/css/long.css (301 lines)"], FileLengthRule.Offenders(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
