using System.Threading.RateLimiting;

namespace Creo.Web.Accounts;

/// <summary>
/// Per-IP limits on asking for sign-in links and on spending them (per-address limits live in the use case,
/// which sees the address). Past the limit: 429 with a problem document and <c>Retry-After</c> for the API;
/// the sign-in page is sent back to itself with a sentence a person can read.
/// </summary>
internal static class SignInRateLimits
{
    public const string StartPolicy = "sign-in-start";
    public const string VerifyPolicy = "sign-in-verify";

    public static IServiceCollection AddCreoRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var window = TimeSpan.FromMinutes(10);
        var starts = configuration.GetValue("RateLimits:SignInStartsPerIp", 20);
        var verifies = configuration.GetValue("RateLimits:SignInVerificationsPerIp", 60);
        services.AddRateLimiter(limiter =>
        {
            // The sign-in page carries this policy too, so the form and the API draw on one count per IP. Only
            // the POST that mails a link counts: showing the form costs nothing.
            limiter.AddPolicy(StartPolicy, context => HttpMethods.IsPost(context.Request.Method) ? PerIp(context, starts, window) : RateLimitPartition.GetNoLimiter("read"));
            // Opening a link's page spends nothing and counts nothing (mail scanners open links too); pressing its button counts.
            limiter.AddPolicy(VerifyPolicy, context => HttpMethods.IsPost(context.Request.Method) ? PerIp(context, verifies, window) : RateLimitPartition.GetNoLimiter("read"));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                if (!context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status303SeeOther;
                    context.Response.Headers.Location = SignInErrors.PagePath(SignInErrors.TooManyAttempts);
                    return;
                }

                context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "too-many-requests", "Too many attempts", "Wait a few minutes and try again.");
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerIp(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
