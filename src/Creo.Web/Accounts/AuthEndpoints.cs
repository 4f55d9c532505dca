using Creo.Application.Accounts.SignOut;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Infrastructure.Common;
using Microsoft.AspNetCore.Antiforgery;

namespace Creo.Web.Accounts;

internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapGet("/csrf", GetCsrfToken).WithSummary("An antiforgery token for the X-CSRF-TOKEN header");
        auth.MapPost("/email/start", StartEmailSignInAsync)
            .WithSummary("Mails a one-time sign-in link (same answer whether or not the account exists)")
            .RequireRateLimiting(SignInRateLimits.StartPolicy);

        // GET and POST /api/auth/email/verify are the Razor page Pages/ConfirmSignIn: the link's page, then its button.
        auth.MapPost("/signout", SignOutAsync).WithSummary("Ends this session server-side").RequireAuthorization();
        return endpoints;
    }

    /// <summary>Where a fresh session lands: onboarding first if it is still owed, then the studio, where the work is.</summary>
    public static string LandingPath(bool onboardingRequired) => onboardingRequired ? "/onboarding" : "/studio";

    private static Ok<CsrfTokenResponse> GetCsrfToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new CsrfTokenResponse(tokens.RequestToken!));
    }

    private static async Task<Accepted> StartEmailSignInAsync(StartEmailSignInRequest request, HttpContext context, IMediator mediator, IOptions<CreoOptions> options, CancellationToken cancellationToken)
    {
        await mediator.Send(new StartEmailSignInCommand(request.Email ?? string.Empty, PublicBaseUrl.Of(context, options.Value)), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutCommand(context.User.UserId(), context.User.SessionIdOf(), ClientInfoReader.Read(context)), cancellationToken);
        SessionCookie.Clear(context);
        return TypedResults.NoContent();
    }
}

internal sealed record StartEmailSignInRequest(string? Email);

internal sealed record CsrfTokenResponse(string Token);
