
namespace Creo.Application.Privacy.ExportPrivacyData;

/// <summary>The person's consents, privacy requests, earlier exports, deletions and notices, row by row.</summary>
internal sealed class ExportPrivacyDataRowsQueryHandler(IPrivacyData data) : IStreamQueryHandler<ExportPrivacyDataRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportPrivacyDataRowsQuery query, CancellationToken cancellationToken)
    {
        var (userId, newestFirst) = (query.UserId, query.NewestFirst);
        return query.Table switch
        {
            "consents" => PersonalDataStream.Rows(
                data.ConsentRecords.Where(c => c.UserId == userId).Ordered(c => c.Id, newestFirst)
                    .Select(c => new { c.Id, c.UserId, c.Purpose, c.Granted, c.PolicyVersion, c.Source, c.RecordedAt }),
                null,
                cancellationToken),
            "requests" => PersonalDataStream.Rows(
                data.PrivacyRequests.Where(r => r.UserId == userId).Ordered(r => r.Id, newestFirst)
                    .Select(r => new { r.Id, r.UserId, r.Type, r.Details, r.Source, r.ReceivedAt, r.DueAt, r.ExtensionReason, r.CompletedAt, r.Outcome }),
                null,
                cancellationToken),
            "exports" => PersonalDataStream.Rows(
                data.DataExports.Where(e => e.UserId == userId && e.Id != query.ExceptExportId).Ordered(e => e.Id, newestFirst)
                    .Select(e => new { e.Id, e.UserId, e.RequestedAt, e.Status, e.CompletedAt, e.ExpiresAt, e.ObjectKey, e.SizeBytes }),
                null,
                cancellationToken),
            "account_deletions" => PersonalDataStream.Rows(
                data.AccountDeletions.Where(d => d.UserId == userId).Select(d => new { d.Id, d.UserId, d.RequestedAt, d.ScheduledFor, d.ErasureStartedAt }),
                null,
                cancellationToken),
            "policy_change_notices" => PersonalDataStream.Rows(
                data.PolicyChangeNotices.Where(n => n.UserId == userId).Ordered(n => n.Id, newestFirst)
                    .Select(n => new { n.Id, n.UserId, n.PolicyVersion, n.NotifiedAt }),
                null,
                cancellationToken),
            "breach_notifications" => PersonalDataStream.Rows(
                data.BreachNotifications.Where(n => n.UserId == userId).Ordered(n => n.Id, newestFirst)
                    .Select(n => new { n.Id, n.UserId, n.BreachId, n.MailedAt, n.DismissedAt }),
                null,
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, "No such privacy table."),
        };
    }
}
