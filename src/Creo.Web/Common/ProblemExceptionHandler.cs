using Microsoft.AspNetCore.Diagnostics;

namespace Creo.Web.Common;

/// <summary>
/// Exceptions as RFC 9457 problems for the whole app, with the statuses and words of <see cref="ProblemMapping"/>: invalid
/// input → 400 with an <c>errors</c> map or an unusable input → 400, not enough credits → 402, forbidden → 403, not found → 404,
/// a broken business rule → 409, too large → 413, too many attempts → 429, something the request needs not answering (a model host) → 503 with Retry-After, anything else → 500 with no internals.
/// Pages that show their refusals on the page get the same mapping through <see cref="PageErrorFilter"/>; a browser
/// gets the status alone, which <see cref="ErrorPages"/> turns into a page.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception is ValidationException validation
            ? ValidationProblem(validation)
            : ProblemMapping.Of(exception) is { } known ? Problem(known.Status, known.Slug, known.Title, known.Detail) : null;

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "internal", "Something went wrong", "The error was logged; please try again.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        HostRetryAfter.Set(httpContext.Response, exception);
        if (BrowserRequests.WantsPage(httpContext))
        {
            // Left without a body on purpose: the error pages draw this status as a page in the site's layout.
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string slug, string title, string detail) =>
        new() { Status = status, Type = ProblemTypes.For(slug), Title = title, Detail = detail };

    private static ValidationProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(failure => JsonFieldName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        var known = ProblemMapping.Of(exception)!;
        return new ValidationProblemDetails(errors)
        {
            Status = known.Status,
            Type = ProblemTypes.For(known.Slug),
            Title = known.Title,
            Detail = known.Detail,
        };
    }

    /// <summary>Field names as the JSON body spells them: <c>Parameters.Width</c> becomes <c>parameters.width</c>.</summary>
    private static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
