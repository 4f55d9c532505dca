
namespace Creo.Application.Privacy.ExportPrivacyData;

internal sealed class ExportPrivacyDataQueryHandler(IPrivacyData data) : IQueryHandler<ExportPrivacyDataQuery, PersonalDataPart>
{
    public async ValueTask<PersonalDataPart> Handle(ExportPrivacyDataQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId;
        var consents = await data.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.UserId, c.Purpose, c.Granted, c.PolicyVersion, c.Source, c.RecordedAt })
            .ToListAsync(cancellationToken);
        var requests = await data.PrivacyRequests.AsNoTracking()
            .Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.UserId, r.Type, r.Details, r.Source, r.ReceivedAt, r.DueAt, r.ExtensionReason, r.CompletedAt, r.Outcome })
            .ToListAsync(cancellationToken);
        var exports = await data.DataExports.AsNoTracking()
            .Where(e => e.UserId == userId && e.Id != query.ExceptExportId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.UserId, e.RequestedAt, e.Status, e.CompletedAt, e.ExpiresAt, e.ObjectKey, e.SizeBytes })
            .ToListAsync(cancellationToken);
        var deletions = await data.AccountDeletions.AsNoTracking()
            .Where(d => d.UserId == userId)
            .Select(d => new { d.Id, d.UserId, d.RequestedAt, d.ScheduledFor, d.ErasureStartedAt })
            .ToListAsync(cancellationToken);
        var notices = await data.PolicyChangeNotices.AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.UserId, n.PolicyVersion, n.NotifiedAt })
            .ToListAsync(cancellationToken);
        var breachNotices = await data.BreachNotifications.AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.UserId, n.BreachId, n.MailedAt, n.DismissedAt })
            .ToListAsync(cancellationToken);
        return new PersonalDataPart(
            "privacy",
            [
                PersonalDataTable.Of("consents", consents), PersonalDataTable.Of("requests", requests), PersonalDataTable.Of("exports", exports),
                PersonalDataTable.Of("account_deletions", deletions), PersonalDataTable.Of("policy_change_notices", notices),
                PersonalDataTable.Of("breach_notifications", breachNotices),
            ],
            []);
    }
}
