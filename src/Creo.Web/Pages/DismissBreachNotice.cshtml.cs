using Creo.Application.Privacy.DismissBreachNotice;

namespace Creo.Web.Pages;

/// <summary>
/// The breach notice's "I have read this": the same command as <c>POST /api/privacy/breach-notices/{id}/dismiss</c>,
/// as a plain form post that goes back to the page the person was on.
/// </summary>
[Authorize]
public sealed class DismissBreachNoticeModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Guid BreachId { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect("/privacy/center");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DismissBreachNoticeCommand(User.UserId(), BreachId), cancellationToken);

        // Only back to a page of our own: the return address comes from the form, so it cannot be trusted as a URL.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
