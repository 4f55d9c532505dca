using NetArchTest.Rules;

namespace Creo.Architecture.Tests;

/// <summary>
/// Modules talk through contracts only (architecture rule 6): code of one module may use another module's
/// <c>…Contracts</c> namespace and nothing else of it. One row per module pair and layer, so a new module
/// or layer is a new row, not a new test.
/// </summary>
public sealed class ModuleIsolationTests
{
    public static TheoryData<string, string, string> ModulePairs
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var layer in new[] { "Domain", "Application", "Infrastructure", "Web" })
            {
                foreach (var module in Layers.Modules)
                {
                    foreach (var other in Layers.Modules.Where(m => m != module))
                    {
                        data.Add(layer, module, other);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_uses_only_the_contracts_of_another(string layer, string module, string other)
    {
        // NetArchTest matches dependencies by name prefix, so the other module's non-contract types are
        // listed one by one (a prefix on the module's namespace would also match its Contracts).
        var forbidden = Layers.AllTypes()
            .Where(t => t.Namespace is { } ns && IsInModule(ns, other) && !IsContract(ns, other))
            .Select(t => t.FullName!)
            .ToArray();
        if (forbidden.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Layers.ByName(layer))
            .That().ResideInNamespaceMatching($@"^Creo\.{layer}\.{module}(\.|$)")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer}.{module} reaches into {other} outside its contracts: {string.Join(", ", result.FailingTypeNames ?? [])}");
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

    private static bool IsInModule(string ns, string module) =>
        ns.Split('.') is [ "Creo", _, var segment, .. ] && segment == module;

    private static bool IsContract(string ns, string module) =>
        ns.Split('.') is [ "Creo", "Application", var segment, "Contracts", .. ] && segment == module;
}
