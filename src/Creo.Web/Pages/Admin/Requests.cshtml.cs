using Creo.Application.Common.Errors;
using Creo.Application.Privacy;
using Creo.Application.Privacy.CompletePrivacyRequest;
using Creo.Application.Privacy.ExtendPrivacyRequest;
using Creo.Application.Privacy.ListDeskRequests;
using Creo.Application.Privacy.LogEmailedPrivacyRequest;
using Creo.Domain.Common;
using Creo.Web.Common;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The privacy-request desk: unanswered requests, overdue first, each with its due date, to answer or to extend with
/// a reason (the person is mailed either way). The same commands as <c>/api/admin/privacy-requests</c>.
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class RequestsModel(IMediator mediator) : PageModel
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

    public string? Problem { get; private set; }

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

    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status400BadRequest;
        try
        {
            await action();
            return Redirect($"/admin/requests?done={done}");
        }
        catch (ValidationException invalid)
        {
            Problem = invalid.Errors.First().ErrorMessage;
        }
        catch (DomainException refused)
        {
            Problem = refused.Message;
        }
        catch (NotFoundException missing)
        {
            Problem = missing.What == "Account" ? "No account signs in with that address." : "That request no longer exists.";
        }
        catch (ForbiddenException refused)
        {
            // A request about the staff member's own account: another member of staff handles it.
            Problem = refused.Message;
            status = StatusCodes.Status403Forbidden;
        }

        Response.StatusCode = status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
