namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Every file a person reads stays short enough to read in one sitting (issue 19: at most 300 lines). Generated
/// code (migrations and their snapshots, build output) is left out: nobody reads it top to bottom.
/// </summary>
public static class FileLengthRule
{
    public const int MaxLines = 300;

    /// <summary>Folders whose files are generated, by name, wherever they are.</summary>
    private static readonly string[] GeneratedFolders = ["bin", "obj", "Migrations", "node_modules"];

    /// <summary>What is read as text; images, fonts and the like have no lines to count.</summary>
    private static readonly string[] TextExtensions =
        [".cs", ".cshtml", ".css", ".js", ".mjs", ".json", ".html", ".svg", ".txt", ".md", ".csproj", ".props", ".targets", ".xml"];

    /// <summary>Each file under <paramref name="root"/> with more lines than allowed, as "path (lines)", path relative to the root.</summary>
    public static IReadOnlyList<string> Offenders(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').SkipLast(1).Intersect(GeneratedFolders, StringComparer.Ordinal).Any())
            .Select(relative => (relative, lines: File.ReadLines(Path.Combine(root, relative)).Count()))
            .Where(file => file.lines > MaxLines)
            .OrderBy(file => file.relative, StringComparer.Ordinal)
            .Select(file => $"{file.relative} ({file.lines} lines)")
            .ToList();
}
