namespace Creo.Application.Accounts;

/// <summary>
/// Writes what staff did to the append-only audit log and, when it concerns one person, to that person's own security
/// log, so they can see who looked at their account and why.
/// </summary>
internal sealed class StaffAudit(IAccountsData data, TimeProvider clock)
{
    public void Record(Guid staffUserId, Guid? subjectUserId, string action, string reason, string whatHappened, long? credits = null)
    {
        var now = clock.GetUtcNow();
        var entry = StaffAuditEntry.Record(staffUserId, subjectUserId, action, reason, now, credits);
        data.StaffAuditEntries.Add(entry);
        if (subjectUserId is { } subject)
        {
            data.SecurityEvents.Add(SecurityEvent.Record(subject, SecurityEventKind.StaffAccess, null, $"{whatHappened} Reason given: {entry.Reason}", now));
        }
    }
}
