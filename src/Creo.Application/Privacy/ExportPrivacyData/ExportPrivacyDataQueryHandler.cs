
namespace Creo.Application.Privacy.ExportPrivacyData;

internal sealed class ExportPrivacyDataQueryHandler : IQueryHandler<ExportPrivacyDataQuery, PersonalDataPart>
{
    private static readonly string[] Tables = ["consents", "requests", "exports", "account_deletions", "policy_change_notices", "breach_notifications"];

    public ValueTask<PersonalDataPart> Handle(ExportPrivacyDataQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PersonalDataPart(
            "privacy", [.. Tables.Select(t => new PersonalDataTable(t, new ExportPrivacyDataRowsQuery(query.UserId, query.ExceptExportId, t)))]));
}
