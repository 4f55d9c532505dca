using Creo.Application.Accounts;
using Creo.Application.Accounts.AdjustAccountCredits;
using Creo.Application.Accounts.ChangeRoles;
using Creo.Application.Accounts.ListStaffAudit;
using Creo.Application.Accounts.ReadAccount;
using Creo.Application.Accounts.ReadGenerationHistory;
using Creo.Application.Accounts.ReinstateAccount;
using Creo.Application.Accounts.RemoveMinorAccount;
using Creo.Application.Accounts.SearchAccounts;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Generations.Contracts;

namespace Creo.Web.Accounts;

/// <summary>
/// Support staff answering people: every read of a person's data needs a reason (<c>?reason=</c>), and every act is
/// written to the audit log and to the person's own security log. Media is served by no route here. What a staff member
/// may do to whom (nobody acts on their own account, only admins on staff accounts, support's limits) the handlers decide.
/// </summary>
internal static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/admin/users").WithTags("Support").RequireStaff().ProducesValidationProblem();
        users.MapGet("/", SearchAsync).WithSummary("Find accounts by part of an address or a name (?query=&reason=)");
        users.MapGet("/{id:guid}", ReadAsync).WithSummary("One account, with its tier and balance (?reason=)");
        users.MapGet("/{id:guid}/generations", ReadGenerationsAsync).WithSummary("A person's generation history, without prompts or media (?reason=)");
        users.MapPost("/{id:guid}/credits", AdjustCreditsAsync).WithSummary("Add or take back credits with a reason (a ledger entry); support within its limits")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPost("/{id:guid}/suspend", SuspendAsync).WithSummary("Suspend: no sign-in, every session ends");
        users.MapPost("/{id:guid}/reinstate", ReinstateAsync).WithSummary("Lift a suspension");
        users.MapPost("/{id:guid}/remove-minor", RemoveMinorAsync).WithSummary("Remove a reported minor's account: an admin's starts the erasure now; support's files it for an admin")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        users.MapPut("/{id:guid}/roles", ChangeRolesAsync).WithSummary("Set an account's staff roles (admins only)").RequireAdmin();
        endpoints.MapGet("/api/admin/audit-log", ListAuditAsync).WithTags("Support").WithSummary("The staff audit log, newest first (admins only)").RequireAdmin();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<StaffAccountDto>>> SearchAsync(string? query, string? reason, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SearchAccountsCommand(context.User.UserId(), query ?? string.Empty, reason ?? string.Empty), cancellationToken));

    private static async Task<Ok<StaffAccountDto>> ReadAsync(Guid id, string? reason, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReadAccountCommand(context.User.UserId(), id, reason ?? string.Empty), cancellationToken));

    private static async Task<Ok<IReadOnlyList<GenerationHistoryItemDto>>> ReadGenerationsAsync(
        Guid id, string? reason, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReadGenerationHistoryCommand(context.User.UserId(), id, reason ?? string.Empty), cancellationToken));

    private static async Task<Ok<CreditAdjusted>> AdjustCreditsAsync(Guid id, CreditAdjustmentBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var operation = context.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } key ? key : Guid.NewGuid().ToString("N");
        var balance = await mediator.Send(new AdjustAccountCreditsCommand(context.User.Staff(), id, body.Amount, body.Reason ?? string.Empty, operation), cancellationToken);
        return TypedResults.Ok(new CreditAdjusted(balance));
    }

    private static Task<NoContent> SuspendAsync(Guid id, StaffActionBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new SuspendAccountCommand(context.User.Staff(), id, body.Reason ?? string.Empty), cancellationToken);

    private static Task<NoContent> ReinstateAsync(Guid id, StaffActionBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new ReinstateAccountCommand(context.User.Staff(), id, body.Reason ?? string.Empty), cancellationToken);

    private static async Task<Accepted<MinorRemovalDto>> RemoveMinorAsync(Guid id, StaffActionBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await mediator.Send(new RemoveMinorAccountCommand(context.User.Staff(), id, body.Reason ?? string.Empty), cancellationToken));

    private static async Task<Ok<StaffAccountDto>> ChangeRolesAsync(Guid id, RolesBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ChangeRolesCommand(context.User.Staff(), id, body.Roles ?? [], body.Reason ?? string.Empty), cancellationToken));

    private static async Task<Ok<IReadOnlyList<StaffAuditEntryDto>>> ListAuditAsync(int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListStaffAuditQuery(limit ?? 100), cancellationToken));
}

internal sealed record CreditAdjustmentBody(long Amount, string? Reason);

internal sealed record CreditAdjusted(long Balance);

internal sealed record StaffActionBody(string? Reason);

internal sealed record RolesBody(IReadOnlyList<string>? Roles, string? Reason);
