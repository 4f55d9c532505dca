namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Modules talk through contracts only (architecture rule 6): code of one module may use another module only through
/// what that module offers others (<see cref="ModuleContracts"/>) — its public commands and queries, the types they
/// expose and its job records — never its handlers, data port, options, adapters or entities.
/// </summary>
public static class ModulePairRule
{
    public static IReadOnlyList<Violation> Check(IEnumerable<Type> subjects, string module, IReadOnlySet<Type> contracts)
    {
        var offered = contracts.Select(t => t.FullName!).ToHashSet();
        return subjects.SelectMany(type => TypeDependencies.Of(type)
                .Where(d => ModuleNamespaces.Of(d.Namespace) is { } owner && owner.Module != module && !offered.Contains(d.FullName))
                .Select(d => new Violation(type, d.FullName)))
            .ToList();
    }
}
