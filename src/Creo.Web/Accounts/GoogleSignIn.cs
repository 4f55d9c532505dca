using Creo.Application.Accounts.SignInWithGoogle;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.Google;

namespace Creo.Web.Accounts;

/// <summary>
/// Sign-in with Google through ASP.NET Core's Google handler, switched on only when a client id and secret
/// are configured. Google's answer lands in a short-lived external cookie; the completion endpoint turns it
/// into a Crëo session and throws the external cookie away. The endpoints are configurable so tests can point
/// the unchanged handler at a local server that speaks Google's OAuth 2.0 and userinfo protocol.
/// </summary>
internal static class GoogleSignIn
{
    public const string ExternalScheme = "CreoExternal";

    /// <summary>The short-lived cookie that carries Google's answer to the completion endpoint.</summary>
    public const string ExternalCookieName = "creo_external";

    /// <summary>Each sign-in's correlation cookie is this prefix and a random nonce (against forged callbacks).</summary>
    public const string CorrelationCookiePrefix = "creo_correlation.";

    /// <summary>Where the sign-in page's "Continue with Google" button points.</summary>
    public const string StartPath = "/api/auth/google/start";
    private const string PictureClaim = "creo:picture";
    private const string EmailVerifiedClaim = "creo:email_verified";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:Google:ClientId"]) && !string.IsNullOrWhiteSpace(configuration["Authentication:Google:ClientSecret"]);

    public static AuthenticationBuilder AddCreoGoogle(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return builder;
        }

        builder.AddCookie(ExternalScheme, options =>
        {
            options.Cookie.Name = ExternalCookieName;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
        });
        builder.AddGoogle(options =>
        {
            var google = configuration.GetSection("Authentication:Google");
            options.ClientId = google["ClientId"]!;
            options.ClientSecret = google["ClientSecret"]!;
            options.SignInScheme = ExternalScheme;
            options.AuthorizationEndpoint = google["AuthorizationEndpoint"] ?? options.AuthorizationEndpoint;
            options.TokenEndpoint = google["TokenEndpoint"] ?? options.TokenEndpoint;
            options.UserInformationEndpoint = google["UserInformationEndpoint"] ?? options.UserInformationEndpoint;
            options.ClaimActions.MapJsonKey(PictureClaim, "picture");
            options.ClaimActions.MapJsonKey(EmailVerifiedClaim, "email_verified");

            // Google returns with a top-level GET, which SameSite=Lax cookies survive; Secure follows the request.
            options.CorrelationCookie.Name = CorrelationCookiePrefix;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnAccessDenied = context => BackToSignIn(context, "google-denied");
            options.Events.OnRemoteFailure = context => BackToSignIn(context, "google");
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapGoogleSignIn(this IEndpointRouteBuilder endpoints)
    {
        var google = endpoints.MapGroup("/api/auth/google").WithTags("Sign-in");
        google.MapGet("/start", Start).WithSummary("Starts Google sign-in (404 when Google is not configured)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        google.MapGet("/complete", CompleteAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Start(IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.For("google-not-configured"), title: "Google sign-in is not available");
        }

        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = "/api/auth/google/complete" }, [GoogleDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> CompleteAsync(HttpContext context, IMediator mediator, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!IsConfigured(configuration))
        {
            return TypedResults.Redirect("/signin?error=google");
        }

        var external = await context.AuthenticateAsync(ExternalScheme);
        await context.SignOutAsync(ExternalScheme);
        if (!external.Succeeded || external.Principal.FindFirstValue(ClaimTypes.Email) is not { } email)
        {
            return TypedResults.Redirect("/signin?error=google");
        }

        var principal = external.Principal;
        var result = await mediator.Send(
            new SignInWithGoogleCommand(
                email,
                string.Equals(principal.FindFirstValue(EmailVerifiedClaim), "true", StringComparison.OrdinalIgnoreCase),
                principal.FindFirstValue(ClaimTypes.Name),
                principal.FindFirstValue(PictureClaim),
                ClientInfoReader.Read(context)),
            cancellationToken);
        SessionCookie.Set(context, result.SessionToken, result.ExpiresAt);
        return TypedResults.Redirect(AuthEndpoints.LandingPath(result.OnboardingRequired));
    }

    private static Task BackToSignIn<TOptions>(HandleRequestContext<TOptions> context, string error)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.Redirect("/signin?error=" + error);
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
