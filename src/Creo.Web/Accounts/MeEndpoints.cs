using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetProfile;
using Creo.Application.Accounts.GetSecurityLog;
using Creo.Application.Accounts.ListSessions;
using Creo.Application.Accounts.RevokeSession;
using Creo.Application.Accounts.UpdateProfile;

namespace Creo.Web.Accounts;

/// <summary>The signed-in person's own account. Every query is scoped to the caller's id from the session.</summary>
internal static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/", GetProfileAsync).WithSummary("Who I am");
        me.MapPatch("/", UpdateProfileAsync).WithSummary("Correct my name (the right to correct)");
        me.MapPost("/onboarding", CompleteOnboardingAsync).WithSummary("Confirm I am 16 or older and accept the policy in force");
        me.MapGet("/security-log", GetSecurityLogAsync).WithSummary("Sign-ins, new devices, ended sessions, staff reads; newest first");
        me.MapGet("/sessions", ListSessionsAsync).WithSummary("My active sessions, this one marked current");
        me.MapDelete("/sessions/{id:guid}", RevokeSessionAsync).WithSummary("End one of my sessions");
        return endpoints;
    }

    private static async Task<Ok<ProfileDto>> GetProfileAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProfileQuery(context.User.UserId()), cancellationToken));

    private static async Task<Ok<ProfileDto>> UpdateProfileAsync(UpdateProfileRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateProfileCommand(context.User.UserId(), request.Name ?? string.Empty), cancellationToken));

    private static Task<NoContent> CompleteOnboardingAsync(OnboardingRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new CompleteOnboardingCommand(context.User.UserId(), request.ConfirmsAge16OrOlder, request.AcceptsPolicyVersion), cancellationToken);

    private static async Task<Ok<IReadOnlyList<SecurityEventDto>>> GetSecurityLogAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSecurityLogQuery(context.User.UserId()), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SessionDto>>> ListSessionsAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListSessionsQuery(context.User.UserId(), context.User.SessionIdOf()), cancellationToken));

    private static Task<NoContent> RevokeSessionAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new RevokeSessionCommand(context.User.UserId(), id, ClientInfoReader.Read(context)), cancellationToken);
}

internal sealed record UpdateProfileRequest(string? Name);

internal sealed record OnboardingRequest(bool ConfirmsAge16OrOlder, int AcceptsPolicyVersion);
