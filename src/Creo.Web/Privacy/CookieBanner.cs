using Creo.Domain.Privacy;

namespace Creo.Web.Privacy;

/// <summary>What the shared layout shows about cookies on this page.</summary>
/// <param name="Show">Ask about analytics: the person is signed in, has never decided, and sends no Global Privacy Control.</param>
/// <param name="AnalyticsPage">The page a page view would count as (null: not one of the app's pages, or signed out).</param>
public sealed record CookieBanner(bool Show, string? AnalyticsPage)
{
    public static async Task<CookieBanner> ForAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return new CookieBanner(false, null);
        }

        var page = AnalyticsEvents.PageOf(context.Request.Path);
        if (context.Request.SendsGlobalPrivacyControl())
        {
            return new CookieBanner(false, page);
        }

        return new CookieBanner(!(await AnalyticsChoices.OfAsync(context)).Chosen, page);
    }
}
