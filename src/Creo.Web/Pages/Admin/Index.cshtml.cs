using Creo.Application.Accounts;
using Creo.Application.Accounts.SearchAccounts;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The staff area's front page: find an account. The reason is asked before anything is shown and travels with the
/// staff member to the account page, where it is written to the audit log and the person's security log.
/// </summary>
[Authorize(Roles = $"{StaffAccess.Support},{StaffAccess.Admin}")]
public sealed class IndexModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public IReadOnlyList<StaffAccountDto>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query is null && Reason is null)
        {
            return Page();
        }

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
