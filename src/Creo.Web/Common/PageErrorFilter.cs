using Microsoft.AspNetCore.Mvc.Filters;

namespace Creo.Web.Common;

/// <summary>
/// What <see cref="ProblemExceptionHandler"/> is for the API, for pages: an application error thrown by the handler of
/// a page that declares <see cref="IShowsHandlerErrors"/> is shown on that page, drawn again with the status
/// <see cref="ProblemMapping"/> decides. Failed validation goes next to the fields the page names; any other refusal
/// goes above the form in the API problem's own words (or where the page's <see cref="IShowsHandlerErrors.RefusalKey"/> says). Pages that do not declare it (and errors the app does not
/// know) still end in the problem document, as a page drawn without its data would mislead.
/// </summary>
internal sealed class PageErrorFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } error || executed.ExceptionHandled
            || executed.HandlerInstance is not PageModel page || page is not IShowsHandlerErrors shows
            || error is BadHttpRequestException || ProblemMapping.Of(error) is not { } known)
        {
            return;
        }

        if (error is ValidationException invalid)
        {
            foreach (var failure in invalid.Errors)
            {
                page.ModelState.AddModelError(shows.FieldFor(failure.PropertyName) ?? PageErrors.Form, failure.ErrorMessage);
            }
        }
        else if (shows.RefusalKey(known.Slug) is { } key)
        {
            page.ModelState.AddModelError(key, known.Detail);
        }

        page.Response.StatusCode = known.Status;
        HostRetryAfter.Set(page.Response, error);
        await shows.ReloadAsync(page.HttpContext.RequestAborted);
        executed.ExceptionHandled = true;
        executed.Result = page.Page();
    }
}
