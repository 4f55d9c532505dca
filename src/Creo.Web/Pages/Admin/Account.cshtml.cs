using Creo.Application.Accounts;
using Creo.Application.Accounts.AdjustAccountCredits;
using Creo.Application.Accounts.LiftDisputeHold;
using Creo.Application.Accounts.ReadAccount;
using Creo.Application.Accounts.ReadGenerationHistory;
using Creo.Application.Accounts.ReinstateAccount;
using Creo.Application.Accounts.RemoveMinorAccount;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
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

        return Page();
    }

    public Task<IActionResult> OnPostCreditsAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new AdjustAccountCreditsCommand(User.UserId(), Id, Amount, ActionReason ?? string.Empty, Guid.NewGuid().ToString("N")), cancellationToken).AsTask(), "credits", cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new SuspendAccountCommand(Id, User.UserId(), ActionReason ?? string.Empty), cancellationToken).AsTask(), "suspended", cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new ReinstateAccountCommand(Id, User.UserId(), ActionReason ?? string.Empty), cancellationToken).AsTask(), "reinstated", cancellationToken);

    public Task<IActionResult> OnPostLiftDisputeHoldAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new LiftDisputeHoldCommand(User.UserId(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "dispute-hold-lifted", cancellationToken);

    public async Task<IActionResult> OnPostRemoveMinorAsync(CancellationToken cancellationToken)
    {
        var result = await ActAsync(() => mediator.Send(new RemoveMinorAccountCommand(User.UserId(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), null, cancellationToken);
        return result is RedirectResult ? Redirect("/admin?removed=1") : result;
    }

    /// <summary>Runs one staff action, then goes back to the account under the reason it was opened with; a refusal is shown on the page.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> action, string? done, CancellationToken cancellationToken)
    {
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

        Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!string.IsNullOrWhiteSpace(Reason))
        {
            await LoadAsync(cancellationToken);
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
