using Creo.Architecture.Tests.Planted.Configurations;
using Creo.Architecture.Tests.Rules;

namespace Creo.Architecture.Tests;

/// <summary>Each EF configuration maps one module's entity and knows only that module's domain types (architecture rule 6).</summary>
public sealed class ConfigurationRuleTests
{
    [Fact]
    public void Configurations_use_only_the_domain_types_of_the_module_they_map()
    {
        var configurations = RuleSubjects.In(Layers.Infrastructure.GetTypes(), ns => ns.StartsWith("Creo.Infrastructure.Persistence.Configurations", StringComparison.Ordinal));
        Assert.NotEmpty(configurations);

        var violations = ConfigurationRule.Check(configurations);

        Assert.True(violations.Count == 0, Violations.Describe(violations));
    }

    [Fact]
    public void A_planted_configuration_using_another_module_entity_is_reported()
    {
        var violations = ConfigurationRule.Check(RuleSubjects.Planted("Configurations"));

        Assert.Equal([typeof(PlantedCreditAccountConfiguration)], Violations.Subjects(violations));
        Assert.Contains(violations, v => v.Dependency == "Creo.Domain.Accounts.User");
    }
}
