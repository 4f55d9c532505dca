using Microsoft.AspNetCore.Antiforgery;

namespace Creo.Web.Accounts;

/// <summary>
/// Every unsafe request that carries the session cookie must also carry an antiforgery token: the
/// <c>X-CSRF-TOKEN</c> header for the API, the hidden form field for pages. A cross-site form can send the
/// cookie but cannot read the token. Only a live session is worth forging; a request whose cookie opens
/// nothing is anonymous and meets the endpoint's own 401. Provider webhooks carry no cookie and are signed.
/// </summary>
internal static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";

    /// <summary>The antiforgery cookie, which holds the secret half of the token pair.</summary>
    public const string CookieName = "creo_csrf";

    public static IApplicationBuilder UseCreoCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsUnsafe(context.Request.Method) && context.User.Identity?.IsAuthenticated == true)
            {
                try
                {
                    await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
                }
                catch (AntiforgeryValidationException)
                {
                    await ProblemResponses.WriteAsync(
                        context,
                        StatusCodes.Status400BadRequest,
                        "csrf-token-invalid",
                        "Missing or invalid CSRF token",
                        $"Send the token from GET /api/auth/csrf in the {HeaderName} header.");
                    return;
                }
            }

            await next();
        });

    private static bool IsUnsafe(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
