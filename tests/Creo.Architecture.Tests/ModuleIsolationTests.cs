using Creo.Architecture.Tests.Planted.Modules;
using Creo.Architecture.Tests.Rules;
using NetArchTest.Rules;

namespace Creo.Architecture.Tests;

/// <summary>
/// Modules talk through contracts only (architecture rule 6): code of one module may use another module only through
/// what that module offers by type (<see cref="ModuleContracts"/>) — its public commands and queries in their use-case
/// folders, the DTOs and enums those expose, its job records and published constants — never its handlers, data port,
/// options or entities. One row per layer and module, so a new module or layer is a new row, not a new test.
/// </summary>
public sealed class ModuleIsolationTests
{
    private static readonly IReadOnlySet<Type> Contracts = ModuleContracts.In(Layers.AllTypes());

    public static TheoryData<string, string> ModulesByLayer
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var layer in new[] { "Domain", "Application", "Infrastructure", "Web" })
            {
                foreach (var module in Layers.Modules)
                {
                    data.Add(layer, module);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ModulesByLayer))]
    public void A_module_uses_only_the_contracts_of_another(string layer, string module)
    {
        var subjects = RuleSubjects.In(Layers.ByName(layer).GetTypes(), ns => ModuleNamespaces.Of(ns) is { } owner && owner.Layer == layer && owner.Module == module);

        var violations = ModulePairRule.Check(subjects, module, Contracts);

        Assert.True(violations.Count == 0, $"{layer}.{module} reaches into another module outside its contract:{Environment.NewLine}{Violations.Describe(violations)}");
    }

    [Fact]
    public void A_planted_module_class_using_another_modules_handler_and_data_port_is_reported()
    {
        var violations = ModulePairRule.Check(RuleSubjects.Planted("Modules"), "Generations", Contracts);

        Assert.Equal([typeof(PlantedCreditsBackdoor)], Violations.Subjects(violations));
        Assert.Contains(violations, v => v.Dependency == "Creo.Application.Credits.PlaceCreditHold.PlaceCreditHoldCommandHandler");
        Assert.Contains(violations, v => v.Dependency == "Creo.Application.Credits.ICreditsData");
    }

    [Fact]
    public void A_module_offers_its_public_commands_in_their_use_case_folders_and_their_dtos_not_its_handlers()
    {
        Assert.Contains(typeof(Creo.Application.Credits.PlaceCreditHold.PlaceCreditHoldCommand), Contracts);
        Assert.Contains(typeof(Creo.Application.Accounts.Contracts.AccountContactDto), Contracts);
        Assert.DoesNotContain(typeof(Creo.Application.Credits.PlaceCreditHold.PlaceCreditHoldCommandHandler), Contracts);
        Assert.DoesNotContain(typeof(Creo.Application.Credits.ICreditsData), Contracts);
    }

    /// <summary>
    /// The payment lane never sees what people create, and the model-provider lane never sees payment data
    /// (policy section 04; architecture rule 8) — not even through the other module's contracts.
    /// </summary>
    [Theory]
    [InlineData("Billing", "Generations")]
    [InlineData("Generations", "Billing")]
    public void Lanes_stay_apart(string lane, string kept)
    {
        foreach (var layer in new[] { "Domain", "Application", "Infrastructure", "Web" })
        {
            var result = Types.InAssembly(Layers.ByName(layer))
                .That().ResideInNamespaceMatching($@"^Creo\.{layer}\.{lane}(\.|$)")
                .ShouldNot().HaveDependencyOnAny(Layers.Modules.Where(m => m == kept).SelectMany(m => new[] { $"Creo.Domain.{m}", $"Creo.Application.{m}", $"Creo.Infrastructure.{m}", $"Creo.Web.{m}" }).ToArray())
                .GetResult();

            Assert.True(result.IsSuccessful, $"{layer}.{lane} depends on {kept}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    /// <summary>The model-provider lane holds no payment SDK, so a card or customer id cannot even be typed there.</summary>
    [Theory]
    [InlineData("Infrastructure")]
    [InlineData("Application")]
    [InlineData("Web")]
    public void The_model_provider_lane_knows_no_payment_sdk(string layer)
    {
        var result = Types.InAssembly(Layers.ByName(layer))
            .That().ResideInNamespaceMatching($@"^Creo\.{layer}\.Generations(\.|$)")
            .ShouldNot().HaveDependencyOn("Stripe")
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer}.Generations uses Stripe: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
