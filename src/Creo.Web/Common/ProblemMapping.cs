namespace Creo.Web.Common;

/// <summary>What the app answers for one of its error types: the status, the problem type's slug, title and detail.</summary>
internal sealed record KnownProblem(int Status, string Slug, string Title, string Detail);

/// <summary>
/// The one place that decides which status and words an application error gets, for the API's problem documents
/// (<see cref="ProblemExceptionHandler"/>) and for pages that show the refusal next to their form (<see cref="PageErrorFilter"/>).
/// </summary>
internal static class ProblemMapping
{
    /// <summary>The problem for an error the app knows, or null for anything else (a 500 with no internals).</summary>
    public static KnownProblem? Of(Exception exception) => exception switch
    {
        ValidationException => new(StatusCodes.Status400BadRequest, "validation", "The request has invalid fields", "See errors for what to fix."),
        NotFoundException notFound => new(StatusCodes.Status404NotFound, "not-found", "Not found", notFound.Message),
        InvalidInputException invalid => new(StatusCodes.Status400BadRequest, invalid.Code, "The request cannot be used", invalid.Message),
        ForbiddenException forbidden => new(StatusCodes.Status403Forbidden, forbidden.Code, "Not allowed", forbidden.Message),
        PaymentRequiredException payment => new(StatusCodes.Status402PaymentRequired, payment.Code, "Not enough credits", payment.Message),
        PayloadTooLargeException tooLarge => new(StatusCodes.Status413PayloadTooLarge, tooLarge.Code, "Too large", tooLarge.Message),
        TooManyRequestsException tooMany => new(StatusCodes.Status429TooManyRequests, tooMany.Code, "Too many attempts", tooMany.Message),
        ServiceUnavailableException unavailable => new(StatusCodes.Status503ServiceUnavailable, unavailable.Code, "Not answering for now", unavailable.Message),
        DomainException rule => new(StatusCodes.Status409Conflict, rule.Code, "The request breaks a rule", rule.Message),
        BadHttpRequestException badRequest => new(badRequest.StatusCode, "bad-request", "The request could not be read", "Check the request's body and parameters."),
        _ => null,
    };
}
