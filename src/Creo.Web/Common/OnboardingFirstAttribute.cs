using Microsoft.AspNetCore.Mvc.Filters;

namespace Creo.Web.Common;

/// <summary>
/// The page counterpart of <see cref="OnboardingGate"/>: where the API answers 403 <c>onboarding-required</c>, a
/// person who has not yet confirmed their age and accepted the policy is taken to the onboarding page instead of
/// meeting a studio whose every button would be refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OnboardingFirstAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.NeedsOnboarding())
        {
            context.Result = new RedirectResult("/onboarding");
            return;
        }

        await next();
    }
}
