using Creo.Application.Privacy.RecordBreach;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// Policy section 05: "If a breach occurs, we will notify affected users without undue delay." Admins record the
/// breach (the 72-hour clock for the authority starts at its discovery) and pick who is told: everyone, the accounts
/// named, or those that held the data categories involved. The same command as <c>POST /api/admin/breach-notices</c>.
/// </summary>
[Authorize(Roles = StaffAccess.Admin)]
public sealed class BreachesModel(IMediator mediator, TimeProvider clock) : PageModel, IShowsHandlerErrors
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

    /// <summary>After recording, the page is shown again by a redirect (so a reload never records twice), with these two facts.</summary>
    [BindProperty(SupportsGet = true, Name = "notifying")]
    public int? Notifying { get; set; }

    [BindProperty(SupportsGet = true, Name = "authorityBy")]
    public DateTimeOffset? NotifyAuthorityBy { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = false;
        var ids = Audience == "accounts" ? ParseIds(UserIds, out unreadable) : null;
        if (unreadable)
        {
            ModelState.AddModelError(PageErrors.Form, "Account ids are the ids shown on each account's support page, one per line.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var recorded = await mediator.Send(
            new RecordBreachCommand(
                User.UserId(), Message, ids, Audience == "all", Audience == "categories" ? Categories : null,
                Utc(From), Utc(To), Utc(DiscoveredAt) ?? clock.GetUtcNow(), Description),
            cancellationToken);
        return Redirect($"/admin/breaches?notifying={recorded.Notifying}&authorityBy={Uri.EscapeDataString(DisplayTime.Iso(recorded.NotifyAuthorityBy))}");
    }

    /// <summary>Every refusal is listed above the form, as the form's fields are many and related.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
