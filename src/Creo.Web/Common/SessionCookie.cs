namespace Creo.Web.Common;

/// <summary>
/// The session cookie: an opaque random token (the server keeps only its hash), HttpOnly, SameSite=Lax,
/// and Secure everywhere but a plain-HTTP development machine.
/// </summary>
public static class SessionCookie
{
    public const string Name = "creo_session";

    public static void Set(HttpContext context, string token, DateTimeOffset expiresAt) =>
        context.Response.Cookies.Append(Name, token, Options(context, expiresAt));

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, null));

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps || !context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment(),
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expiresAt,
        IsEssential = true,
    };
}
