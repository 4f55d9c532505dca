using Creo.Architecture.Tests.Planted.Domain;
using Creo.Architecture.Tests.Rules;

namespace Creo.Architecture.Tests;

/// <summary>The domain computes; it never reaches the network, files, databases or processes (architecture rule 3).</summary>
public sealed class DomainPurityTests
{
    [Fact]
    public void The_domain_uses_only_allowed_base_library_types()
    {
        var violations = DomainPurityRule.Check(RuleSubjects.In(Layers.Domain.GetTypes(), _ => true));

        Assert.True(violations.Count == 0, Violations.Describe(violations));
    }

    [Fact]
    public void The_domain_assembly_references_only_allowed_base_library_assemblies()
    {
        var references = Layers.Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(DomainPurityRule.AllowedAssemblies.Contains(name), $"Creo.Domain references {name}, which is not on the allowlist"));
    }

    [Fact]
    public void A_planted_domain_type_holding_an_HttpClient_is_reported()
    {
        var violations = DomainPurityRule.Check(RuleSubjects.Planted("Domain"));

        Assert.Equal([typeof(PlantedWeatherLookup)], Violations.Subjects(violations));
        Assert.Contains(violations, v => v.Dependency.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }
}
