using Creo.Application.Privacy.GetBreachNotice;

namespace Creo.Web.Privacy;

/// <summary>
/// The dashboard notice of a breach (policy section 05): the newest one that affected the signed-in person, on every
/// page until they dismiss it.
/// </summary>
public sealed class BreachNoticeBannerViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var notice = await mediator.Send(new GetBreachNoticeQuery(HttpContext.User.UserId()), HttpContext.RequestAborted);
        return notice is null ? Content(string.Empty) : View(notice);
    }
}
