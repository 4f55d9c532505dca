using Creo.Architecture.Tests.Planted.Common;
using Creo.Architecture.Tests.Planted.Pages;
using Creo.Architecture.Tests.Rules;

namespace Creo.Architecture.Tests;

/// <summary>
/// Pages and the <c>*.Common</c> namespaces belong to no module, so the module-pair rule never looked at them; they
/// may use a module only through what it offers others (architecture rule 6).
/// </summary>
public sealed class OutsideModulesTests
{
    private static readonly IReadOnlySet<Type> Contracts = ModuleContracts.In(Layers.AllTypes());

    [Fact]
    public void Pages_use_modules_only_through_their_contracts()
    {
        var violations = OutsideModulesRule.Check(RuleSubjects.In(Layers.Web.GetTypes(), IsPages), Contracts);

        Assert.True(violations.Count == 0, Violations.Describe(violations));
    }

    [Fact]
    public void Common_namespaces_use_modules_only_through_their_contracts()
    {
        var all = new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.Web }.SelectMany(a => a.GetTypes());
        var violations = OutsideModulesRule.Check(RuleSubjects.In(all, IsCommon), Contracts);

        Assert.True(violations.Count == 0, Violations.Describe(violations));
    }

    [Fact]
    public void A_planted_page_model_using_a_data_port_and_options_is_reported()
    {
        var violations = OutsideModulesRule.Check(RuleSubjects.Planted("Pages"), Contracts);

        Assert.Equal([typeof(PlantedPageModel)], Violations.Subjects(violations));
        Assert.Contains(violations, v => v.Dependency == "Creo.Application.Accounts.IAccountsData");
        Assert.Contains(violations, v => v.Dependency == "Creo.Application.Accounts.AccountsOptions");
    }

    [Fact]
    public void A_planted_common_class_using_a_module_entity_is_reported()
    {
        var violations = OutsideModulesRule.Check(RuleSubjects.Planted("Common"), Contracts);

        Assert.Equal([typeof(PlantedCommonHelper)], Violations.Subjects(violations));
        Assert.Contains(violations, v => v.Dependency == "Creo.Domain.Accounts.SignInToken");
    }

    [Fact]
    public void A_module_handler_is_not_on_offer_but_its_query_and_result_are()
    {
        var handler = Layers.Application.GetType("Creo.Application.Accounts.GetProfile.GetProfileQueryHandler", throwOnError: true)!;

        Assert.DoesNotContain(handler, Contracts);
        Assert.Contains(typeof(Creo.Application.Accounts.GetProfile.GetProfileQuery), Contracts);
        Assert.Contains(typeof(Creo.Application.Accounts.Contracts.ProfileDto), Contracts);
    }

    private static bool IsPages(string ns) => ns == "Creo.Web.Pages" || ns.StartsWith("Creo.Web.Pages.", StringComparison.Ordinal);

    private static bool IsCommon(string ns) => ns.Split('.').Contains("Common");
}
