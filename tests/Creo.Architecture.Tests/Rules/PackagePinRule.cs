using System.Xml.Linq;

namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// The central pins in <c>Directory.Packages.props</c> say what the app is built from: a pin no project references
/// is a version nobody builds, tests or audits, and ASP.NET Core or EF Core
/// packages of different servicing releases (10.0.14 beside 10.0.15) mix assemblies from two patches in one process.
/// </summary>
public static class PackagePinRule
{
    /// <summary>Packages that ship together from one servicing release and must be pinned to one version.</summary>
    private static readonly string[] OneReleaseTrains = ["Microsoft.AspNetCore.", "Microsoft.EntityFrameworkCore"];

    private static readonly string[] GeneratedFolders = ["bin", "obj", ".git", "node_modules"];

    /// <summary>Each problem with the pins under <paramref name="root"/>: an unreferenced pin, or a release train on two versions.</summary>
    public static IReadOnlyList<string> Problems(string root)
    {
        var pins = XDocument.Load(Path.Combine(root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Select(pin => (name: (string?)pin.Attribute("Include") ?? string.Empty, version: (string?)pin.Attribute("Version") ?? string.Empty))
            .ToList();
        var referenced = ProjectFiles(root)
            .SelectMany(file => XDocument.Load(file).Descendants().Where(e => e.Name.LocalName is "PackageReference" or "GlobalPackageReference"))
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unreferenced = pins.Where(pin => !referenced.Contains(pin.name))
            .Select(pin => $"{pin.name} {pin.version} is pinned but no project references it");
        var split = OneReleaseTrains
            .Select(train => pins.Where(pin => pin.name.StartsWith(train, StringComparison.Ordinal)).ToList())
            .Where(train => train.Select(pin => pin.version).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(train => $"one release, several versions: {string.Join(", ", train.Select(pin => $"{pin.name} {pin.version}"))}");
        return [.. unreferenced, .. split];
    }

    private static IEnumerable<string> ProjectFiles(string root) =>
        new[] { "*.csproj", "*.props", "*.targets" }
            .SelectMany(pattern => Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories))
            .Where(path => !Path.GetRelativePath(root, path).Replace('\\', '/').Split('/').SkipLast(1).Intersect(GeneratedFolders, StringComparer.Ordinal).Any())
            .Where(path => Path.GetFileName(path) != "Directory.Packages.props");
}
