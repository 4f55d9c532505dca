using Creo.Application.Accounts;
using Creo.Application.Accounts.AdjustAccountCredits;
using Creo.Application.Accounts.LiftDisputeHold;
using Creo.Application.Accounts.ReadAccount;
using Creo.Application.Accounts.ReadGenerationHistory;
using Creo.Application.Accounts.ReinstateAccount;
using Creo.Application.Accounts.RemoveMinorAccount;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Generations.Contracts;
using Creo.Domain.Common;
using Creo.Web.Common;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// One account as support sees it. Without a reason the page asks for one and shows nothing; with it, the read is
/// audited and the person's security log says so. Every action here takes its own reason, sent with the form.
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class AccountModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty]
    public long Amount { get; set; }

    [BindProperty]
    public string? ActionReason { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public StaffAccountDto? Account { get; private set; }

    public IReadOnlyList<GenerationHistoryItemDto> Generations { get; private set; } = [];

    /// <summary>Since when a disputed payment holds the account, or null; support lifts it here after review.</summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    public string? Problem { get; private set; }

    public string? StatusMessage => Done switch
    {
        "credits" => "The credits were adjusted; the person sees the entry and its reason in their ledger.",
        "suspended" => "The account is suspended and every session has ended.",
        "reinstated" => "The suspension is lifted.",
        "minor-filed" => "The report is filed; the account is removed when an admin confirms it.",
        "dispute-hold-lifted" => "The dispute hold is lifted: the person can generate and buy again.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Page();
        }

        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            // A reason with markup or over the limit: say so and show nothing, as without a reason.
            Problem = invalid.Errors.First().ErrorMessage;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public Task<IActionResult> OnPostCreditsAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new AdjustAccountCreditsCommand(User.Staff(), Id, Amount, ActionReason ?? string.Empty, Guid.NewGuid().ToString("N")), cancellationToken).AsTask(), "credits", cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new SuspendAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "suspended", cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new ReinstateAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "reinstated", cancellationToken);

    public Task<IActionResult> OnPostLiftDisputeHoldAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new LiftDisputeHoldCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "dispute-hold-lifted", cancellationToken);

    /// <summary>An admin's removal erases the account (back to the search); support's is filed for an admin (back to the account).</summary>
    public async Task<IActionResult> OnPostRemoveMinorAsync(CancellationToken cancellationToken)
    {
        MinorRemovalDto? removal = null;
        var result = await ActAsync(
            async () => removal = await mediator.Send(new RemoveMinorAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken),
            "minor-filed",
            cancellationToken);
        return result is RedirectResult && removal?.Status == MinorRemovalDto.Erasing ? Redirect("/admin?removed=1") : result;
    }

    /// <summary>Whether the signed-in staff member is an admin: an admin's removal of a minor's account is final.</summary>
    public bool IsAdmin => User.IsInRole(StaffAccess.Admin);

    /// <summary>Runs one staff action, then goes back to the account under the reason it was opened with; a refusal is shown on the page.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status400BadRequest;
        try
        {
            await action();
            return Redirect($"/admin/users/{Id}?reason={Uri.EscapeDataString(Reason ?? string.Empty)}&done={done}");
        }
        catch (ValidationException invalid)
        {
            Problem = invalid.Errors.First().ErrorMessage;
        }
        catch (DomainException refused)
        {
            Problem = refused.Message;
        }
        catch (ForbiddenException refused)
        {
            // Their own account, a staff account for support, or over support's credit limits: the same refusal as the API's.
            Problem = refused.Message;
            status = StatusCodes.Status403Forbidden;
        }

        Response.StatusCode = status;
        if (!string.IsNullOrWhiteSpace(Reason))
        {
            try
            {
                await LoadAsync(cancellationToken);
            }
            catch (ValidationException)
            {
                // The reason the page was opened with is not a valid one: show the refusal without the account.
            }
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await mediator.Send(new ReadAccountCommand(User.UserId(), Id, Reason!), cancellationToken);
        Generations = await mediator.Send(new ReadGenerationHistoryCommand(User.UserId(), Id, Reason!), cancellationToken);
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(Id), cancellationToken);
    }
}
