using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetProfile;
using Creo.Application.Accounts.GetSecurityLog;
using Creo.Application.Accounts.ListSessions;
using Creo.Application.Accounts.RevokeSession;
using Creo.Application.Accounts.UpdateProfile;
using Creo.Web.Accounts;

namespace Creo.Web.Pages;

/// <summary>
/// The signed-in person's account: profile and name (the right to correct), active sessions with a way to
/// end the others, and the security log. Each form sends the same command as its <c>/api/me</c> endpoint and
/// then redirects, so reloading the page never repeats an action.
/// </summary>
[Authorize]
public sealed class AccountModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    public const string NameSaved = "name-saved";
    public const string SessionEnded = "session-ended";
    public const string SessionAlreadyEnded = "session-already-ended";

    public ProfileDto Profile { get; private set; } = null!;

    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    public IReadOnlyList<SecurityEventDto> SecurityLog { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>What the last action did, from a fixed list: the query string never puts its own words on the page.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? StatusMessage => Done switch
    {
        NameSaved => "Your name is saved.",
        SessionEnded => "The session has ended. That device is signed out.",
        SessionAlreadyEnded => "That session had already ended.",
        _ => null,
    };

    public string? NameError => ModelState.ErrorOf(nameof(Name));

    /// <summary>A refusal of the form that is not about the name as typed (the domain's own guard, a vanished account).</summary>
    public string? FormError => ModelState.FormError();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Name = Profile.Name;
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new UpdateProfileCommand(User.UserId(), Name ?? string.Empty), cancellationToken);
        return Redirect($"/account?done={NameSaved}#profile");
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) =>
        commandProperty == nameof(UpdateProfileCommand.Name) ? nameof(Name) : null;

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        Done = null;
        return LoadAsync(cancellationToken);
    }

    [HandlesErrorItself("a session ended meanwhile is what the person wanted: the page says so instead of refusing")]
    public async Task<IActionResult> OnPostEndSessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RevokeSessionCommand(User.UserId(), sessionId, ClientInfoReader.Read(HttpContext)), cancellationToken);
        }
        catch (NotFoundException)
        {
            // Not the filter's job: ended from another device meanwhile, or expired, is what the person wanted.
            return Redirect($"/account?done={SessionAlreadyEnded}#sessions");
        }

        if (sessionId == User.SessionIdOf())
        {
            SessionCookie.Clear(HttpContext);
            return Redirect("/");
        }

        return Redirect($"/account?done={SessionEnded}#sessions");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Profile = await mediator.Send(new GetProfileQuery(userId), cancellationToken);
        Sessions = await mediator.Send(new ListSessionsQuery(userId, User.SessionIdOf()), cancellationToken);
        SecurityLog = await mediator.Send(new GetSecurityLogQuery(userId, Limit: 50), cancellationToken);
    }
}
