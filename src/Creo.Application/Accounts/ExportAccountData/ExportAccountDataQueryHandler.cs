using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ExportAccountData;

/// <summary>The accounts tables in the export; an account that is not there has nothing to export.</summary>
internal sealed class ExportAccountDataQueryHandler(IAccountsData data) : IQueryHandler<ExportAccountDataQuery, PersonalDataPart>
{
    private static readonly string[] Tables = ["users", "sessions", "sign_in_tokens", "known_devices", "policy_acceptances", "security_events", "staff_audit_log"];

    public async ValueTask<PersonalDataPart> Handle(ExportAccountDataQuery query, CancellationToken cancellationToken)
    {
        if (!await data.Users.AnyAsync(u => u.Id == query.UserId, cancellationToken))
        {
            throw new NotFoundException("Account");
        }

        return new PersonalDataPart("accounts", [.. Tables.Select(t => new PersonalDataTable(t, new ExportAccountDataRowsQuery(query.UserId, t)))]);
    }
}
