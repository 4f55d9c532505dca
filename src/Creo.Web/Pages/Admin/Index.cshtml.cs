using Creo.Application.Accounts;
using Creo.Application.Accounts.SearchAccounts;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The staff area's front page: find an account. The reason is asked before anything is shown and travels with the
/// staff member to the account page, where it is written to the audit log and the person's security log. The search
/// and its reason are sent by POST, and each result opens by POST, so neither a searched address nor a reason is ever
/// in an address (browser history, proxy and request logs keep those).
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class IndexModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    [BindProperty]
    public string? Query { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<StaffAccountDto>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Results = await mediator.Send(new SearchAccountsCommand(User.UserId(), Query ?? string.Empty, Reason ?? string.Empty), cancellationToken);
        return Page();
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) => commandProperty switch
    {
        nameof(SearchAccountsCommand.Query) => nameof(Query),
        nameof(SearchAccountsCommand.Reason) => nameof(Reason),
        _ => null,
    };

    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
