namespace Creo.Web.Common;

/// <summary>
/// Problem <c>type</c> URIs: one stable slug per kind of failure, so clients branch on the ending
/// (<c>…/validation</c>, <c>…/not-found</c>, <c>…/onboarding-required</c>) rather than on titles.
/// </summary>
public static class ProblemTypes
{
    public const string Base = "https://creo.studio/problems/";

    public static string For(string slug) => Base + slug;

    /// <summary>
    /// Gives the problems ASP.NET writes by itself (unknown route, wrong method, refused dashboard) a type of
    /// ours too, so every problem a client sees follows the same scheme.
    /// </summary>
    public static void ApplyDefaultType(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is null || !problem.Type.StartsWith(Base, StringComparison.Ordinal))
        {
            problem.Type = For(problem.Status switch
            {
                StatusCodes.Status400BadRequest => "bad-request",
                StatusCodes.Status401Unauthorized => "unauthorized",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                StatusCodes.Status429TooManyRequests => "too-many-requests",
                _ => "error",
            });
        }
    }
}
