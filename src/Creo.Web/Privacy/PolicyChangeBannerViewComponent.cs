using Creo.Application.Privacy.GetPolicyChangeNotice;

namespace Creo.Web.Privacy;

/// <summary>
/// The dashboard announcement of a material policy change (policy section 12), on every page of a signed-in person
/// until they accept the new version.
/// </summary>
public sealed class PolicyChangeBannerViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var notice = await mediator.Send(new GetPolicyChangeNoticeQuery(HttpContext.User.UserId()), HttpContext.RequestAborted);
        return notice is null ? Content(string.Empty) : View(notice);
    }
}
