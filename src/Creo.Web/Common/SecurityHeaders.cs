namespace Creo.Web.Common;

/// <summary>Headers every response carries: no sniffing, no framing, no referrer leaks, and a strict content policy.</summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseCreoSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            if (!context.Request.Path.StartsWithSegments("/hangfire") && !context.Request.Path.StartsWithSegments("/scalar"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy();
            }

            await next();
        });

    /// <summary>
    /// The content policy. Forms post to our own origin only, unless a page names the other origins its forms'
    /// redirects lead to (the billing page: Stripe).
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string>? formTargets = null) =>
        "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
        + (formTargets is null ? string.Empty : string.Concat(formTargets.Select(origin => " " + origin)));
}
