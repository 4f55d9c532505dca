namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Code that belongs to no module (pages, the <c>*.Common</c> namespaces) is a client of every module, so it may use
/// a module only through what that module offers others (<see cref="ModuleContracts"/>).
/// </summary>
public static class OutsideModulesRule
{
    public static IReadOnlyList<Violation> Check(IEnumerable<Type> types, IReadOnlySet<Type> contracts)
    {
        var offered = contracts.Select(t => t.FullName!).ToHashSet();
        return types.SelectMany(type => TypeDependencies.Of(type)
                .Where(d => ModuleNamespaces.Of(d.Namespace) is { } module && !offered.Contains(d.FullName) && !IsHostPresentation(type, module.Layer))
                .Select(d => new Violation(type, d.FullName)))
            .ToList();
    }

    /// <summary>
    /// A refinement: a module's web side (its endpoints, route names, display names, cookie helpers) is what the module
    /// offers the host, so host code (pages, Creo.Web.Common, which also wires every module's endpoints) may use it.
    /// The boundary this rule guards is the module's core — handlers, ports, options, adapters, entities — and the web
    /// side itself is held to the contracts by the module-pair rule.
    /// </summary>
    private static bool IsHostPresentation(Type subject, string dependencyLayer) =>
        dependencyLayer == "Web" && TypeDependencies.NamespaceOf(subject).StartsWith("Creo.Web.", StringComparison.Ordinal);

}
