using System.Threading.RateLimiting;

namespace Creo.Web.Generations;

/// <summary>
/// Uploads per account per 10 minutes (<c>RateLimits__UploadsPerAccount</c>): each upload costs a decode and a
/// stored image, so one account cannot keep an instance decoding. Counted per account, not per IP, so people
/// behind one address do not share a budget. Past it: 429 with a problem document and <c>Retry-After</c>.
/// The studio page's plain form can carry an image too, so it carries this policy as well and every POST of it
/// draws on the same count (whether a file is attached is not known before the body is read).
/// </summary>
internal sealed class UploadRateLimit(int permits) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "uploads-per-account";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, _) =>
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ProblemResponses.WriteAsync(
            context, StatusCodes.Status429TooManyRequests, "too-many-uploads", "Too many uploads", "You uploaded many images in a short time; wait a few minutes and try again.");
    };

    /// <summary>
    /// Anonymous callers get no partition: the endpoint refuses them anyway (this runs after authentication).
    /// Reading the page costs nothing.
    /// </summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        HttpMethods.IsPost(httpContext.Request.Method) && httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("not-counted");
}

internal static class UploadRateLimitRegistration
{
    public static IServiceCollection AddUploadRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:UploadsPerAccount", 30);
        services.AddRateLimiter(limiter => limiter.AddPolicy(UploadRateLimit.PolicyName, new UploadRateLimit(permits)));
        return services;
    }
}
