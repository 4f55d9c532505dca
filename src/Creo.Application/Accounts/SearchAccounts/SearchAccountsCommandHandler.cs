namespace Creo.Application.Accounts.SearchAccounts;

internal sealed class SearchAccountsCommandHandler(IAccountsData data, StaffAudit audit) : ICommandHandler<SearchAccountsCommand, IReadOnlyList<StaffAccountDto>>
{
    public const int Limit = 20;

    public async ValueTask<IReadOnlyList<StaffAccountDto>> Handle(SearchAccountsCommand command, CancellationToken cancellationToken)
    {
        // A whole address is searched in the form accounts are stored in (an IDN domain in ASCII); other text as typed.
        var text = EmailAddress.TryNormalize(command.Query, out var address) ? address : command.Query.Trim().ToLowerInvariant();
        if (text.Length < SearchAccountsCommandValidator.MinimumQueryLength)
        {
            // The validator refuses this already; an empty text would match every account, so never run it.
            return [];
        }

        var users = await data.Users.AsNoTracking()
            .Where(u => u.Email.Contains(text) || u.Name.ToLower().Contains(text))
            .OrderBy(u => u.Email)
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // A search looks at many people at once; it is audited as one act, without a single subject.
        audit.Record(command.StaffUserId, null, "search-accounts", command.Reason, "Support staff searched accounts.");
        return [.. users.Select(u => StaffAccountMapper.ToDto(u, null, null))];
    }
}
