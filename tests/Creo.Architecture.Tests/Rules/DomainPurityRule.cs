namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// The domain is plain C# that computes: it may use only the base-library assemblies it needs and never the
/// network, files, databases or processes — even when those come from an assembly that is otherwise allowed.
/// </summary>
public static class DomainPurityRule
{
    /// <summary>What Creo.Domain references today (see the assembly test); anything else needs a reason first.</summary>
    public static readonly string[] AllowedAssemblies =
        ["System.Runtime", "System.Collections", "System.Linq", "System.Memory", "System.Text.RegularExpressions", "System.Security.Cryptography"];

    /// <summary>Namespaces the domain never uses, with everything under them (System.Net covers System.Net.Http).</summary>
    public static readonly string[] ForbiddenNamespaces = ["System.Net", "System.IO", "System.Data"];

    /// <summary>Types named by prefix: Process lives in System.Diagnostics, whose Stopwatch-like kin stay allowed.</summary>
    public static readonly string[] ForbiddenTypes = ["System.Diagnostics.Process"];

    public static IReadOnlyList<Violation> Check(IEnumerable<Type> types) =>
        types.SelectMany(type => TypeDependencies.Of(type)
                .Where(d => IsForbidden(d, type))
                .Select(d => new Violation(type, $"{d.FullName} ({d.Assembly})")))
            .ToList();

    private static bool IsForbidden(Dependency dependency, Type subject) =>
        (dependency.Assembly != subject.Assembly.GetName().Name && !AllowedAssemblies.Contains(dependency.Assembly))
        || ForbiddenNamespaces.Any(ns => dependency.Namespace == ns || dependency.Namespace.StartsWith(ns + ".", StringComparison.Ordinal))
        || ForbiddenTypes.Any(name => dependency.FullName.StartsWith(name, StringComparison.Ordinal));
}
