using Creo.Architecture.Tests.Planted.PageCatches;
using Creo.Architecture.Tests.Rules;

namespace Creo.Architecture.Tests;

/// <summary>One way to show an error on a page: the page filter, never a page model's own catch (issue 19, item 2).</summary>
public sealed class PageErrorCatchTests
{
    [Fact]
    public void Page_models_leave_the_applications_errors_to_the_page_filter()
    {
        var pages = RuleSubjects.In(Layers.Web.GetTypes(), ns => ns == "Creo.Web.Pages" || ns.StartsWith("Creo.Web.Pages.", StringComparison.Ordinal));

        var violations = PageErrorCatchRule.Check(pages);

        Assert.True(violations.Count == 0, Violations.Describe(violations));
    }

    [Fact]
    public void Planted_page_models_catching_a_domain_error_or_filtering_for_a_missing_one_are_reported()
    {
        var violations = PageErrorCatchRule.Check(RuleSubjects.Planted("PageCatches"));

        Assert.Equal(
            new HashSet<Type> { typeof(PlantedTranslatingPageModel), typeof(PlantedFilteringPageModel) }, Violations.Subjects(violations).ToHashSet());
        Assert.Contains(violations, v => v.Dependency == "a catch of Creo.Domain.Common.DomainException in OnPost");
        Assert.Contains(violations, v => v.Dependency == "a catch of Creo.Application.Common.Errors.NotFoundException in OnPostAsync");
    }

    [Fact]
    public void The_rule_knows_every_error_the_page_filter_shows()
    {
        Assert.Contains("FluentValidation.ValidationException", PageErrorCatchRule.ErrorTypes);
        Assert.Contains("Creo.Application.Common.Errors.InvalidInputException", PageErrorCatchRule.ErrorTypes);
        Assert.Contains("Creo.Application.Common.Errors.PaymentRequiredException", PageErrorCatchRule.ErrorTypes);
    }
}
