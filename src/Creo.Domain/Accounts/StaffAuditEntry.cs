namespace Creo.Domain.Accounts;

/// <summary>
/// One act of support staff on a person's account: who, whom, what, why, when (issue 7: audited access). Entries are
/// never changed; erasing the person detaches them (the subject becomes unknown), so the log keeps staff accountable
/// without keeping the person.
/// </summary>
public sealed class StaffAuditEntry
{
    public const int MaxReasonLength = 500;
    public const int MaxActionLength = 32;

    private StaffAuditEntry()
    {
        Action = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StaffUserId { get; private set; }

    /// <summary>The person acted on; null for a search across accounts, and after the person was erased.</summary>
    public Guid? SubjectUserId { get; private set; }

    /// <summary>What was done, as a stable kebab-case name (<c>read-account</c>, <c>adjust-credits</c>…).</summary>
    public string Action { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>
    /// The credits a correction added (positive) or took back (negative); null for every other act. Support's daily
    /// correction limit is counted from these.
    /// </summary>
    public long? Credits { get; private set; }

    public static StaffAuditEntry Record(Guid staffUserId, Guid? subjectUserId, string action, string reason, DateTimeOffset now, long? credits = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("reason-required", "Staff access to a person's data needs a reason.");
        }

        var trimmed = reason.Trim();
        return new StaffAuditEntry
        {
            Id = TimeOrderedIds.New(now),
            StaffUserId = staffUserId,
            SubjectUserId = subjectUserId,
            Action = action,
            Reason = trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed,
            OccurredAt = now,
            Credits = credits,
        };
    }
}
