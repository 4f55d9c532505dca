namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Every mail goes through the template renderer (Application/Common/Mail), which is what gives it an HTML part,
/// encodes what a person typed and checks its links. A file that makes an <c>OutgoingMail</c> itself (outside the
/// renderer, the port that declares it and the senders that deliver it) skips all three.
/// </summary>
internal static class MailTemplateRule
{
    private static readonly string[] Exempt =
    [
        "Creo.Application/Common/Ports/",
        "Creo.Application/Common/Mail/",
        "Creo.Infrastructure/Mail/",
    ];

    public static IReadOnlyList<string> Offenders(string sourceRoot) =>
        Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(path => (path, relative: Path.GetRelativePath(sourceRoot, path).Replace('\\', '/')))
            .Where(file => !file.relative.Contains("/obj/", StringComparison.Ordinal) && !file.relative.Contains("/bin/", StringComparison.Ordinal))
            .Where(file => !Exempt.Any(prefix => file.relative.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(file => MakesMailItself(File.ReadAllText(file.path)))
            .Select(file => file.relative)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Constructs one (<c>new OutgoingMail(</c>, or <c>OutgoingMail … =&gt; new(</c>) without the renderer.</summary>
    private static bool MakesMailItself(string source) =>
        source.Contains("new OutgoingMail(", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(source, @"OutgoingMail\s+\w+\([^)]*\)\s*=>\s*new\s*\(")
        || System.Text.RegularExpressions.Regex.IsMatch(source, @"OutgoingMail\??\s+\w+\s*=\s*new\s*\(");
}
