namespace Creo.Web.Pages;

/// <summary>
/// What a browser sees instead of a problem document (<see cref="ErrorPages"/> re-runs the request here): what went
/// wrong in words, and the ways on. It never shows an exception: a 500 says only that the failure was logged.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public int Status { get; set; }

    public ErrorText Text { get; private set; } = ErrorText.For(StatusCodes.Status500InternalServerError);

    /// <summary>When to try again, when the refusal said (<c>Retry-After</c> in seconds).</summary>
    public TimeSpan? RetryAfter { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
        // Opened directly (a bookmark, a test) the page still answers with the status it describes.
        Status = Status is >= 400 and <= 599 ? Status : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        Response.Headers.CacheControl = "no-store";
        Text = ErrorText.For(Status);
        if (int.TryParse(Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            RetryAfter = TimeSpan.FromSeconds(seconds);
        }
    }
}
