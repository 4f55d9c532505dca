using Creo.Application.Privacy.GetAnalyticsChoice;

namespace Creo.Web.Privacy;

/// <summary>
/// The signed-in person's analytics decision, read once per request: the cookie filter and the banner both ask, and
/// a page should cost one query for it, not two.
/// </summary>
internal static class AnalyticsChoices
{
    private static readonly object Key = new();

    public static async Task<AnalyticsChoiceDto> OfAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var cached) && cached is AnalyticsChoiceDto choice)
        {
            return choice;
        }

        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        choice = await mediator.Send(new GetAnalyticsChoiceQuery(context.User.UserId()), context.RequestAborted);
        context.Items[Key] = choice;
        return choice;
    }

    /// <summary>Whether analytics may run for this request: signed in, allowed, and no Global Privacy Control.</summary>
    public static async Task<bool> AllowedForAsync(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && !context.Request.SendsGlobalPrivacyControl()
        && (await OfAsync(context)).Granted;
}
