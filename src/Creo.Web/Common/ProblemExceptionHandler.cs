using Creo.Application.Common.Errors;
using Creo.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Creo.Web.Common;

/// <summary>
/// The one mapping from exceptions to RFC 9457 problems for the whole app: invalid input → 400 with an
/// <c>errors</c> map or an unusable input → 400, not enough credits → 402, forbidden → 403, not found → 404, a broken business rule → 409, too large → 413,
/// too many attempts → 429, anything else → 500 with no internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "not-found", "Not found", notFound.Message),
            InvalidInputException invalid => Problem(StatusCodes.Status400BadRequest, invalid.Code, "The request cannot be used", invalid.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden.Code, "Not allowed", forbidden.Message),
            PaymentRequiredException payment => Problem(StatusCodes.Status402PaymentRequired, payment.Code, "Not enough credits", payment.Message),
            PayloadTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, tooLarge.Code, "Too large", tooLarge.Message),
            TooManyRequestsException tooMany => Problem(StatusCodes.Status429TooManyRequests, tooMany.Code, "Too many attempts", tooMany.Message),
            DomainException rule => Problem(StatusCodes.Status409Conflict, rule.Code, "The request breaks a rule", rule.Message),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "bad-request", "The request could not be read", "Check the request's body and parameters."),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "internal", "Something went wrong", "The error was logged; please try again.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string slug, string title, string detail) =>
        new() { Status = status, Type = ProblemTypes.For(slug), Title = title, Detail = detail };

    private static ValidationProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(failure => JsonFieldName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.For("validation"),
            Title = "The request has invalid fields",
            Detail = "See errors for what to fix.",
        };
    }

    /// <summary>Field names as the JSON body spells them: <c>Parameters.Width</c> becomes <c>parameters.width</c>.</summary>
    private static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
