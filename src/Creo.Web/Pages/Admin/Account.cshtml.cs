using Creo.Application.Accounts;
using Creo.Application.Accounts.AdjustAccountCredits;
using Creo.Application.Accounts.LiftDisputeHold;
using Creo.Application.Accounts.ReadAccount;
using Creo.Application.Accounts.ReadAccountActivity;
using Creo.Application.Accounts.ReadGenerationHistory;
using Creo.Application.Accounts.ReinstateAccount;
using Creo.Application.Accounts.RemoveMinorAccount;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Generations.Contracts;
using Creo.Application.Generations.ListModels;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// One account as support sees it. Without a reason the page asks for one and shows nothing; with it, the read is
/// audited and the person's security log says so. The reason travels only in POST bodies (never in the address), so
/// every step here is a form: opening the account, and each action, which carries its own reason too. An admin's
/// removal of a minor's account cannot be undone: it is asked for, shown with exactly whom it erases, and done only
/// by a sealed confirmation (<see cref="StaffConfirmations"/>).
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class AccountModel(IMediator mediator, IDataProtectionProvider protection, TimeProvider clock) : PageModel, IShowsHandlerErrors
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Why the account was opened; posted by every form of the page, never read from the address.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public long Amount { get; set; }

    [BindProperty]
    public string? ActionReason { get; set; }

    /// <summary>The credit form's idempotency key, drawn with the form: sending the same form twice corrects once.</summary>
    [BindProperty]
    public string? OperationId { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public StaffAccountDto? Account { get; private set; }

    public IReadOnlyList<GenerationHistoryItemDto> Generations { get; private set; } = [];

    public AccountActivityDto? Activity { get; private set; }

    /// <summary>Model ids as people know them, by name; an id no longer on offer stays as it is.</summary>
    public IReadOnlyDictionary<string, string> ModelNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Since when a disputed payment holds the account, or null; support lifts it here after review.</summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    /// <summary>The removal an admin is asked to confirm, and its sealed token; null when nothing waits for confirmation.</summary>
    public (MinorRemovalTicket Ticket, string Token)? PendingRemoval { get; private set; }

    /// <summary>The account an admin's confirmed removal erased, for the page after it.</summary>
    public MinorRemovalTicket? Removed { get; private set; }

    /// <summary>Why the reason or the last action was refused, in the API's words.</summary>
    public string? FormError => ModelState.FormError();

    public string? StatusMessage { get; private set; }

    /// <summary>Whether the signed-in staff member is an admin: an admin's removal of a minor's account is final.</summary>
    public bool IsAdmin => User.IsInRole(StaffAccess.Admin);

    public string ModelName(string modelId) => ModelNames.TryGetValue(modelId, out var name) ? name : modelId;

    public void OnGet()
    {
        // Only the reason form: the account is read when a reason is posted.
    }

    [HandlesErrorItself("an account that is not there is a bare 404, not a refusal shown beside the reason form")]
    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
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
        ActAsync(
            () => mediator.Send(new AdjustAccountCreditsCommand(User.Staff(), Id, Amount, ActionReason ?? string.Empty, OperationKey()), cancellationToken).AsTask(),
            "The credits were adjusted; the person sees the entry and its reason in their ledger.",
            cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new SuspendAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "The account is suspended and every session has ended.", cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new ReinstateAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "The suspension is lifted.", cancellationToken);

    public Task<IActionResult> OnPostLiftDisputeHoldAsync(CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new LiftDisputeHoldCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(), "The dispute hold is lifted: the person can generate and buy again.", cancellationToken);

    /// <summary>
    /// Support's report is filed for an admin at once (it erases nothing). An admin's removal erases the account, so
    /// it is only asked for here: the page shows whom it erases and a sealed confirmation to send.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveMinorAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return await ActAsync(
                () => mediator.Send(new RemoveMinorAccountCommand(User.Staff(), Id, ActionReason ?? string.Empty), cancellationToken).AsTask(),
                "The report is filed; the account is removed when an admin confirms it.",
                cancellationToken);
        }

        await LoadAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(ActionReason))
        {
            ModelState.AddModelError(PageErrors.Form, "Give the reason for the removal (the report you received).");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var ticket = new MinorRemovalTicket(Id, Account!.Email, Account.Name, Reason!, ActionReason.Trim(), clock.GetUtcNow() + StaffConfirmations.Lifetime);
        PendingRemoval = (ticket, StaffConfirmations.Seal(protection, MinorRemovalTicket.Act, User.UserId(), ticket));
        return Page();
    }

    /// <summary>
    /// Erases exactly the account the confirmation names, for the reason it carries; the form's other fields are not
    /// read. A confirmation that was changed, expired, or was made for another account or staff member is refused.
    /// </summary>
    public async Task<IActionResult> OnPostConfirmRemoveMinorAsync(CancellationToken cancellationToken)
    {
        var ticket = StaffConfirmations.Open<MinorRemovalTicket>(protection, MinorRemovalTicket.Act, User.UserId(), Confirmation);
        if (ticket is null || ticket.UserId != Id || ticket.ExpiresAt < clock.GetUtcNow())
        {
            Reason = null;
            ModelState.AddModelError(PageErrors.Form, "This confirmation cannot be used: it expired, was changed, or was made for another account or another member of staff. Open the account and start again.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Reason = ticket.OpenReason;
        await mediator.Send(new RemoveMinorAccountCommand(User.Staff(), ticket.UserId, ticket.RemovalReason), cancellationToken);
        Removed = ticket;
        return Page();
    }

    /// <summary>
    /// Runs one staff action, then shows the account again (an audited read, as before) with what happened. The page
    /// is drawn in answer to the POST rather than redirected to, as a redirect would have to carry the reason in its
    /// address; a resent credit form repeats its idempotency key and corrects once.
    /// </summary>
    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken cancellationToken)
    {
        await action();
        await LoadAsync(cancellationToken);
        StatusMessage = done;
        OperationId = null;
        return Page();
    }

    /// <summary>The posted key when it is one of ours (32 hex digits), a fresh one otherwise.</summary>
    private string OperationKey() =>
        OperationId is { Length: 32 } key && Guid.TryParseExact(key, "N", out _) ? key : Guid.NewGuid().ToString("N");

    /// <summary>Each action has one reason field and an amount: one refusal above the page says what to fix.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    /// <summary>
    /// A refused action shows the account again (an audited read) when it was opened with a reason; a refused reason
    /// (opening the account) shows nothing, as without one.
    /// </summary>
    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        var opening = string.Equals(Request.Query["handler"], "Open", StringComparison.OrdinalIgnoreCase);
        return !opening && !string.IsNullOrWhiteSpace(Reason) && Account is null ? LoadAsync(cancellationToken) : Task.CompletedTask;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var staffId = User.UserId();
        Account = await mediator.Send(new ReadAccountCommand(staffId, Id, Reason ?? string.Empty), cancellationToken);
        Generations = await mediator.Send(new ReadGenerationHistoryCommand(staffId, Id, Reason!), cancellationToken);
        Activity = await mediator.Send(new ReadAccountActivityCommand(staffId, Id, Reason!), cancellationToken);
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(Id), cancellationToken);
        var models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        ModelNames = models.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First().Name);
    }
}
