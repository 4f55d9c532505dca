namespace Creo.Web.Accounts;

/// <summary>
/// The codes other parts of sign-in (the Google callback, the rate limiter) pass to the sign-in page as
/// <c>?error=</c>, and the sentence a person reads for each. Unknown codes get a general sentence: the page never
/// echoes what the query string says.
/// </summary>
public static class SignInErrors
{
    public const string Google = "google";
    public const string GoogleDenied = "google-denied";
    public const string TooManyAttempts = "too-many-attempts";
    public const string AccountSuspended = "account-suspended";
    public const string LinkInvalid = "link-invalid";

    public static string PagePath(string code) => "/signin?error=" + Uri.EscapeDataString(code);

    public static string? Describe(string? code) => code switch
    {
        null or "" => null,
        Google => "We couldn't sign you in with Google. Try again, or ask for a link by email instead.",
        GoogleDenied => "Google sign-in was cancelled, so nothing was shared with us. You can try again, or ask for a link by email instead.",
        TooManyAttempts => "There have been too many sign-in attempts from your network. Wait a few minutes and try again.",
        AccountSuspended => "This account is suspended. If you think this is a mistake, write to the contact address in our privacy policy.",
        LinkInvalid => "That sign-in link has been used, has expired or is not valid. Ask for a new one below.",
        _ => "Something went wrong while signing you in. Please try again.",
    };
}
