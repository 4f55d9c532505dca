namespace Creo.Web.Privacy;

/// <summary>
/// The one analytics cookie (policy section 09): present only while the signed-in person allows analytics and their
/// browser does not send Global Privacy Control. Its value is the same for everyone who allowed analytics, so it
/// names neither the account nor the person; it only tells the page-view script (which must read it, hence not
/// HttpOnly) that counting is allowed. The server checks the recorded consent again on every event.
/// </summary>
public static class AnalyticsCookie
{
    public const string Name = "creo_analytics";

    public const string Value = "allowed";

    /// <summary>Well short of the 13 months regulators accept for a consent cookie; while consent stands, the next page read sets an expired one again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static bool IsPresent(HttpRequest request) => request.Cookies.ContainsKey(Name);

    /// <summary>Makes the browser's cookie match the decision: set when analytics is allowed, cleared when it is not.</summary>
    public static void Apply(HttpContext context, bool allowed)
    {
        var present = IsPresent(context.Request);
        if (allowed && !present)
        {
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Response.Cookies.Append(Name, Value, Options(context, now + Lifetime));
        }
        else if (!allowed && present)
        {
            context.Response.Cookies.Delete(Name, Options(context, null));
        }
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = false,
        Secure = context.Request.IsHttps || !context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment(),
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expiresAt,
        IsEssential = false,
    };
}
