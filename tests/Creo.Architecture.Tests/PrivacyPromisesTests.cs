using System.Text.RegularExpressions;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>
/// The promise ledger (docs/privacy-promises.md) maps each promise of the privacy policy to the test that proves
/// it. A row that names a test which does not exist is a promise nobody checks, so it fails here.
/// </summary>
public sealed partial class PrivacyPromisesTests
{
    private const string LedgerPath = "docs/privacy-promises.md";

    [Fact]
    public void Every_test_the_promise_ledger_names_exists()
    {
        var sources = Directory.EnumerateFiles(RepositoryPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var named = ProvenBy().ToList();

        Assert.NotEmpty(named);
        var missing = named.Where(test => !sources.Any(source => Declares(source, test.Class, test.Method))).Select(test => $"{test.Class}.{test.Method}").ToList();
        Assert.True(missing.Count == 0, $"{LedgerPath} names tests that do not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_numbered_section_that_makes_a_promise_has_a_row()
    {
        var sections = File.ReadAllLines(RepositoryPaths.Combine(LedgerPath))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(line[2]))
            .SelectMany(line => line.Split('|')[1].Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet();

        Assert.All(new[] { "01", "02", "04", "05", "06", "07", "08", "09", "10", "12", "13" }, section => Assert.Contains(section, sections));
    }

    private static IEnumerable<(string Class, string Method)> ProvenBy() =>
        File.ReadAllLines(RepositoryPaths.Combine(LedgerPath))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(line[2]))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[4])
            .Select(cell => TestName().Match(cell))
            .Where(match => match.Success)
            .Select(match => (match.Groups["class"].Value, match.Groups["method"].Value));

    private static bool Declares(string source, string className, string method) =>
        Regex.IsMatch(source, $@"\bclass {Regex.Escape(className)}\b") && Regex.IsMatch(source, $@"\b(Task|void) {Regex.Escape(method)}\(");

    [GeneratedRegex(@"`(?<class>\w+)\.(?<method>\w+)`")]
    private static partial Regex TestName();
}
