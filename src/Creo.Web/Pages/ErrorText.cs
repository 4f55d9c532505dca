namespace Creo.Web.Pages;

/// <summary>The words of the error page for one status: a title, a heading and what a person can do about it.</summary>
public sealed record ErrorText(string Title, string Heading, string Explanation)
{
    public static ErrorText For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new(
            "Request not understood",
            "We couldn't use that request",
            "Something in it was missing or out of date — a form left open for a long time, for example. Go back, reload the page and try again."),
        StatusCodes.Status401Unauthorized => new(
            "Sign in first",
            "Please sign in first",
            "This page needs you to be signed in."),
        StatusCodes.Status403Forbidden => new(
            "Not allowed",
            "You can't open this page",
            "Your account doesn't have access to it. If you think it should, write to the contact address in our privacy policy."),
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => new(
            "Page not found",
            "We can't find that page",
            "The address may be mistyped, or what it showed has moved or been deleted."),
        StatusCodes.Status405MethodNotAllowed => new(
            "Not available",
            "This page can't do that",
            "The page exists, but not for what was asked of it. Open it from a link instead."),
        StatusCodes.Status413PayloadTooLarge => new(
            "Too large",
            "That was too large",
            "Try a smaller file."),
        StatusCodes.Status429TooManyRequests => new(
            "Too many attempts",
            "Too many attempts",
            "To keep Crëo safe, we limit how often this can be done."),
        >= 500 => new(
            "Something went wrong",
            "Something went wrong on our side",
            "It is not something you did. The error was logged so we can fix it; please try again in a moment."),
        _ => new(
            "Something went wrong",
            "Something went wrong",
            "Go back and try again."),
    };
}
