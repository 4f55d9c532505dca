using Creo.Application.Accounts;
using Creo.Application.Accounts.AdjustAccountCredits;
using Creo.Application.Accounts.LiftDisputeHold;
using Creo.Application.Accounts.ReadAccount;
using Creo.Application.Accounts.ReadGenerationHistory;
using Creo.Application.Accounts.ReinstateAccount;
using Creo.Application.Accounts.RemoveMinorAccount;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Generations.Contracts;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// One account as support sees it. Without a reason the page asks for one and shows nothing; with it, the read is
/// audited and the person's security log says so. Every action here takes its own reason, sent with the form.
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class AccountModel(IMediator mediator) : PageModel, IShowsHandlerErrors
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

    /// <summary>Why the reason or the last action was refused, in the API's words.</summary>
    public string? FormError => ModelState.FormError();

    public string? StatusMessage => Done switch
    {
        "credits" => "The credits were adjusted; the person sees the entry and its reason in their ledger.",
        "suspended" => "The account is suspended and every session has ended.",
        "reinstated" => "The suspension is lifted.",
        "minor-filed" => "The report is filed; the account is removed when an admin confirms it.",
        "dispute-hold-lifted" => "The dispute hold is lifted: the person can generate and buy again.",
        _ => null,
    };

    [HandlesErrorItself("an account that is not there is a bare 404, not a refusal shown beside the reason form")]
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
            // Not the filter's job: no such account is a 404 of its own. A reason with markup or over the limit
            // passes to the filter, which says so and shows nothing, as without a reason.
            return NotFound();
        }

        return Page();
    }

    public Task<IActionResult> OnPostCreditsAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new AdjustAccountCreditsCommand(User.Staff(), Id, Amount, ActionReason ?? string.Empty, Guid.NewGuid().ToString("N")), cancellationToken).AsTask(), "credits");

    public Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new SuspendAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "suspended");

    public Task<IActionResult> OnPostReinstateAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new ReinstateAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "reinstated");

    public Task<IActionResult> OnPostLiftDisputeHoldAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new LiftDisputeHoldCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "dispute-hold-lifted");

    /// <summary>An admin's removal erases the account (back to the search); support's is filed for an admin (back to the account).</summary>
    public async Task<IActionResult> OnPostRemoveMinorAsync(CancellationToken cancellationToken)
    {
        var removal = await mediator.Send(new RemoveMinorAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken);
        return removal.Status == MinorRemovalDto.Erasing ? Redirect("/admin?removed=1") : DoneWith("minor-filed");
    }

    /// <summary>Whether the signed-in staff member is an admin: an admin's removal of a minor's account is final.</summary>
    public bool IsAdmin => User.IsInRole(StaffAccess.Admin);

    /// <summary>Runs one staff action, then goes back to the account under the reason it was opened with; a refusal is shown on the page.</summary>
    private async Task<IActionResult> ActAsync(Func<Task> action, string done)
    {
        await action();
        return DoneWith(done);
    }

    private RedirectResult DoneWith(string done) => Redirect($"/admin/users/{Id}?reason={Uri.EscapeDataString(Reason ?? string.Empty)}&done={done}");

    /// <summary>Each action has one reason field and an amount: one refusal above the page says what to fix.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    /// <summary>
    /// A refused action shows the account again (an audited read) when it was opened with a reason; a refused reason
    /// (the page's GET) shows nothing, as without one.
    /// </summary>
    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) =>
        HttpMethods.IsPost(Request.Method) && !string.IsNullOrWhiteSpace(Reason) ? LoadAsync(cancellationToken) : Task.CompletedTask;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await mediator.Send(new ReadAccountCommand(User.UserId(), Id, Reason!), cancellationToken);
        Generations = await mediator.Send(new ReadGenerationHistoryCommand(User.UserId(), Id, Reason!), cancellationToken);
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(Id), cancellationToken);
    }
}
