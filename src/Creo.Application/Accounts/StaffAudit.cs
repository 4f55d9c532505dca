namespace Creo.Application.Accounts;

/// <summary>
/// Writes what staff did to the append-only audit log and, when it concerns one person, to that person's own security
/// log, so they can see who looked at their account or changed something in it, and why.
/// </summary>
internal sealed class StaffAudit(IAccountsData data, TimeProvider clock)
{
    public const string ReadAccount = "read-account";

    public const string ReadGenerations = "read-generations";

    public void Record(Guid staffUserId, Guid? subjectUserId, string action, string reason, string whatHappened, long? credits = null)
    {
        var now = clock.GetUtcNow();
        var entry = StaffAuditEntry.Record(staffUserId, subjectUserId, action, reason, now, credits);
        data.StaffAuditEntries.Add(entry);
        if (subjectUserId is { } subject)
        {
            data.SecurityEvents.Add(SecurityEvent.Record(subject, KindOf(action, credits), null, $"{whatHappened} Reason given: {entry.Reason}", now));
        }
    }

    /// <summary>
    /// Only a read is "support viewed your data": a credit correction, or any other act, is a different thing for
    /// the person to see in their log, under its own name.
    /// </summary>
    private static SecurityEventKind KindOf(string action, long? credits) => action switch
    {
        ReadAccount or ReadGenerations => SecurityEventKind.StaffAccess,
        _ when credits is not null => SecurityEventKind.StaffCreditCorrection,
        _ => SecurityEventKind.StaffAction,
    };
}
