using Creo.Testing;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// The replacements <c>docs/policy-differences.md</c> lists: each an original line (the quoted line after
/// "Original:") and the line shipped in its place (the quoted line after "Shipped:").
/// </summary>
public static class PolicyDifferences
{
    public static string DocumentPath => RepositoryPaths.Combine("docs", "policy-differences.md");

    public static IReadOnlyList<(string Original, string Shipped)> Read(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var originals = QuotedAfter(lines, "Original:");
        var shipped = QuotedAfter(lines, "Shipped:");
        if (originals.Count != shipped.Count)
        {
            throw new InvalidOperationException($"{originals.Count} original lines but {shipped.Count} shipped ones are listed.");
        }

        return [.. originals.Zip(shipped)];
    }

    /// <summary>The original with each listed line replaced; a listed line that is not exactly one whole line of it is an error.</summary>
    public static string Apply(string original, IEnumerable<(string Original, string Shipped)> differences)
    {
        var lines = original.Split('\n');
        foreach (var (from, to) in differences)
        {
            var at = Enumerable.Range(0, lines.Length).Where(i => lines[i] == from).ToList();
            if (at.Count != 1)
            {
                throw new InvalidOperationException($"\"{from}\" is {at.Count} lines of the original, not exactly one.");
            }

            lines[at[0]] = to;
        }

        return string.Join('\n', lines);
    }

    private static List<string> QuotedAfter(string[] lines, string label) =>
        [.. Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].Trim() == label)
            .Select(i => lines.Skip(i + 1).First(line => line.Trim().Length > 0))
            .Select(line => line.StartsWith("> ", StringComparison.Ordinal)
                ? line[2..]
                : throw new InvalidOperationException($"After \"{label}\" a quoted line (\"> …\") was expected, not \"{line}\"."))];
}
