using Creo.Application.Privacy.ListBreaches;
using Creo.Application.Privacy.PreviewBreachAudience;
using Creo.Application.Privacy.RecordBreach;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// Policy section 05: "If a breach occurs, we will notify affected users without undue delay." Admins record the
/// breach (the 72-hour clock for the authority starts at its discovery) and pick who is told: everyone, the accounts
/// named, or those that held the data categories involved. Mail to people cannot be taken back, so the form first
/// shows exactly who would be told; the breach is recorded only by the sealed confirmation that list carries, and
/// only while the people it would tell are still those shown. The same command as <c>POST /api/admin/breach-notices</c>.
/// </summary>
[Authorize(Roles = StaffAccess.Admin)]
public sealed class BreachesModel(IMediator mediator, IDataProtectionProvider protection, TimeProvider clock) : PageModel, IShowsHandlerErrors
{
    [BindProperty]
    public string Audience { get; set; } = "categories";

    [BindProperty]
    public string? UserIds { get; set; }

    [BindProperty]
    public List<string> Categories { get; set; } = [];

    [BindProperty]
    public DateTime? From { get; set; }

    [BindProperty]
    public DateTime? To { get; set; }

    [BindProperty]
    public DateTime? DiscoveredAt { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    /// <summary>After recording, the page is shown again by a redirect (so a reload never records twice), with these two facts.</summary>
    [BindProperty(SupportsGet = true, Name = "notifying")]
    public int? Notifying { get; set; }

    [BindProperty(SupportsGet = true, Name = "authorityBy")]
    public DateTimeOffset? NotifyAuthorityBy { get; set; }

    /// <summary>Who the checked form would tell, with the sealed confirmation; null until the form is checked.</summary>
    public (BreachAudiencePreviewDto Preview, BreachTicket Ticket, string Token)? Pending { get; private set; }

    /// <summary>Set when a confirmation was sent but the people it would tell had changed since the list was shown.</summary>
    public bool AudienceChanged { get; private set; }

    public IReadOnlyList<BreachSummaryDto> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadPastAsync(cancellationToken);

    /// <summary>Checks the form and shows who it would tell; nothing is recorded or sent yet.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var missing in BreachFormWords.Missing(Audience, UserIds, Categories, From, To, Message))
        {
            ModelState.AddModelError(PageErrors.Form, missing);
        }

        var unreadable = false;
        var ids = Audience == "accounts" ? ParseIds(UserIds, out unreadable) : null;
        if (unreadable)
        {
            ModelState.AddModelError(PageErrors.Form, "Account ids are the ids shown on each account's support page, one per line.");
        }

        if (!ModelState.IsValid)
        {
            return await RefuseAsync(cancellationToken);
        }

        var ticket = new BreachTicket(
            Audience, ids, Audience == "categories" ? Categories : [], Utc(From), Utc(To), Utc(DiscoveredAt) ?? clock.GetUtcNow(),
            Description, Message!, 0, string.Empty, clock.GetUtcNow() + StaffConfirmations.Lifetime);
        return await ShowPreviewAsync(ticket, cancellationToken);
    }

    /// <summary>Records exactly the breach the confirmation carries (the form's fields are not read), if it still tells the same people.</summary>
    [HandlesErrorItself("the API's refusals name its JSON fields; the page says them in the form's words")]
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var ticket = StaffConfirmations.Open<BreachTicket>(protection, BreachTicket.Act, User.UserId(), Confirmation);
        if (ticket is null || ticket.ExpiresAt < clock.GetUtcNow())
        {
            ModelState.AddModelError(PageErrors.Form, "This confirmation cannot be used: it expired, was changed, or was made by another member of staff. Fill in the form and check again.");
            return await RefuseAsync(cancellationToken);
        }

        Fill(ticket);
        try
        {
            var now = await mediator.Send(new PreviewBreachAudienceQuery(Command(ticket)), cancellationToken);
            if (now.Fingerprint != ticket.Fingerprint)
            {
                AudienceChanged = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ShowPreviewAsync(ticket with { ExpiresAt = clock.GetUtcNow() + StaffConfirmations.Lifetime }, cancellationToken);
            }

            var recorded = await mediator.Send(Command(ticket), cancellationToken);
            return Redirect($"/admin/breaches?notifying={recorded.Notifying}&authorityBy={Uri.EscapeDataString(DisplayTime.Iso(recorded.NotifyAuthorityBy))}");
        }
        catch (ValidationException invalid)
        {
            // Not the filter's job: the command's messages name the API's fields, the page names its own.
            foreach (var failure in invalid.Errors)
            {
                ModelState.AddModelError(PageErrors.Form, BreachFormWords.Say(failure.PropertyName, failure.ErrorMessage));
            }

            return await RefuseAsync(cancellationToken);
        }
    }

    /// <summary>Every refusal is listed above the form, as the form's fields are many and related.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => LoadPastAsync(cancellationToken);

    [HandlesErrorItself("the API's refusals name its JSON fields; the page says them in the form's words")]
    private async Task<IActionResult> ShowPreviewAsync(BreachTicket ticket, CancellationToken cancellationToken)
    {
        BreachAudiencePreviewDto preview;
        try
        {
            preview = await mediator.Send(new PreviewBreachAudienceQuery(Command(ticket)), cancellationToken);
        }
        catch (ValidationException invalid)
        {
            // Not the filter's job: the command's messages name the API's fields, the page names its own.
            foreach (var failure in invalid.Errors)
            {
                ModelState.AddModelError(PageErrors.Form, BreachFormWords.Say(failure.PropertyName, failure.ErrorMessage));
            }

            return await RefuseAsync(cancellationToken);
        }

        if (preview.UnknownIds.Count > 0)
        {
            ModelState.AddModelError(PageErrors.Form, $"No account has the id {string.Join(", ", preview.UnknownIds.Take(20))}. Check \"Account ids\".");
            return await RefuseAsync(cancellationToken);
        }

        var sealedTicket = ticket with { Count = preview.Count, Fingerprint = preview.Fingerprint };
        Pending = (preview, sealedTicket, StaffConfirmations.Seal(protection, BreachTicket.Act, User.UserId(), sealedTicket));
        await LoadPastAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadPastAsync(cancellationToken);
        return Page();
    }

    private async Task LoadPastAsync(CancellationToken cancellationToken) =>
        Past = await mediator.Send(new ListBreachesQuery(50), cancellationToken);

    private RecordBreachCommand Command(BreachTicket ticket) =>
        new(User.UserId(), ticket.Message, ticket.UserIds, ticket.Audience == "all", ticket.Audience == "categories" ? ticket.Categories : null,
            ticket.From, ticket.To, ticket.DiscoveredAt, ticket.Description);

    /// <summary>The form below the confirmation shows what was confirmed, to change it and check again.</summary>
    private void Fill(BreachTicket ticket)
    {
        (Audience, Categories, Description, Message) = (ticket.Audience, ticket.Categories, ticket.Description, ticket.Message);
        UserIds = ticket.UserIds is { } ids ? string.Join('\n', ids) : null;
        (From, To, DiscoveredAt) = (ticket.From?.UtcDateTime, ticket.To?.UtcDateTime, ticket.DiscoveredAt.UtcDateTime);
    }

    /// <summary>The form's date and time are UTC (the page says so), as every time on staff pages is.</summary>
    private static DateTimeOffset? Utc(DateTime? value) => value is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;

    private static List<Guid> ParseIds(string? text, out bool unreadable)
    {
        var lines = (text ?? string.Empty).Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<Guid>();
        unreadable = false;
        foreach (var line in lines)
        {
            if (Guid.TryParse(line, out var id))
            {
                ids.Add(id);
            }
            else
            {
                unreadable = true;
            }
        }

        return ids;
    }
}
