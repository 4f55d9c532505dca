using Creo.Application.Privacy;
using Creo.Application.Privacy.CompletePrivacyRequest;
using Creo.Application.Privacy.ExtendPrivacyRequest;
using Creo.Application.Privacy.ListDeskRequests;
using Creo.Application.Privacy.LogEmailedPrivacyRequest;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The privacy-request desk: unanswered requests, overdue first, each with its due date, to answer or to extend with
/// a reason (the person is mailed either way). The same commands as <c>/api/admin/privacy-requests</c>.
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class RequestsModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public int Days { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    [BindProperty]
    public string? FromEmail { get; set; }

    [BindProperty]
    public string? RequestType { get; set; }

    [BindProperty]
    public string? RequestDetails { get; set; }

    [BindProperty]
    public DateTime? ReceivedOn { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<DeskRequestDto> Requests { get; private set; } = [];

    /// <summary>Why the last action was refused, shown above the desk.</summary>
    public string? FormError => ModelState.FormError();

    public string? StatusMessage => Done switch
    {
        "completed" => "The request is answered; the person was mailed the outcome.",
        "extended" => "The due date moved; the person was mailed the reason.",
        "logged" => "The emailed request is on the desk, due 30 days after it arrived.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await mediator.Send(new ListDeskRequestsQuery("open", 100), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(Guid requestId, CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new CompletePrivacyRequestCommand(User.UserId(), requestId, Outcome ?? string.Empty), cancellationToken).AsTask(), "completed", cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(Guid requestId, CancellationToken cancellationToken) =>
        ActAsync(() => mediator.Send(new ExtendPrivacyRequestCommand(User.UserId(), requestId, Days, ExtensionReason ?? string.Empty), cancellationToken).AsTask(), "extended", cancellationToken);

    public Task<IActionResult> OnPostLogAsync(CancellationToken cancellationToken) =>
        ActAsync(
            () => mediator.Send(
                new LogEmailedPrivacyRequestCommand(
                    User.UserId(), FromEmail ?? string.Empty, RequestType ?? string.Empty, RequestDetails,
                    ReceivedOn is { } day ? new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc)) : default),
                cancellationToken).AsTask(),
            "logged",
            cancellationToken);

    [HandlesErrorItself("the desk says what is missing in its own words, where the API's \"Account was not found.\" would not")]
    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken cancellationToken)
    {
        try
        {
            await action();
        }
        catch (NotFoundException missing)
        {
            // Not the filter's job: the desk says what is missing in its own words (no account signs in with the
            // sender's address, or the request was answered meanwhile), where the API's "Account was not found." would not.
            ModelState.AddModelError(PageErrors.Form, missing.What == "Account" ? "No account signs in with that address." : "That request no longer exists.");
            Response.StatusCode = StatusCodes.Status404NotFound;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/admin/requests?done={done}");
    }

    /// <summary>Each card and the log form are small: one refusal above the desk says what to fix.</summary>
    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);
}
