using Creo.Application.Accounts.SignOut;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// Ends this session server-side through the same command as <c>POST /api/auth/signout</c>. The sign-out
/// buttons of the header and the account page post here; a GET asks first, so a link cannot sign anyone out.
/// </summary>
/// <remarks>
/// Razor's own antiforgery check is off here on purpose: the app-wide CSRF check already validates every
/// unsafe request that carries a live session, and a visitor whose session has already ended should still
/// land on the signed-out page instead of an error, since there is nothing left to forge.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new SignOutCommand(User.UserId(), User.SessionIdOf(), ClientInfoReader.Read(HttpContext)), cancellationToken);
        }

        SessionCookie.Clear(HttpContext);
        return Redirect(SignInModel.SignedOutPath);
    }
}
