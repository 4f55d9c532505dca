using Creo.Application.Privacy.GetAccountDeletion;

namespace Creo.Web.Privacy;

/// <summary>
/// Someone who asked for deletion and signed in again sees, on every page, when their account will be erased and
/// where to keep it: signing in alone does not cancel the request.
/// </summary>
public sealed class DeletionPendingBannerViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.Identity?.IsAuthenticated != true || HttpContext.Request.Path.StartsWithSegments("/privacy/center"))
        {
            return Content(string.Empty);
        }

        var deletion = await mediator.Send(new GetAccountDeletionQuery(HttpContext.User.UserId()), HttpContext.RequestAborted);
        return deletion is null ? Content(string.Empty) : View(deletion);
    }
}
