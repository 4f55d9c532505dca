namespace Creo.Application.Accounts;

/// <summary>
/// The rule every staff use case shares: a reason, said in plain words (the person reads it in their security log),
/// short enough for the audit log.
/// </summary>
internal static class StaffReasonRules
{
    public static IRuleBuilderOptions<T, string> IsAStaffReason<T>(this IRuleBuilder<T, string> reason) =>
        reason.NotEmpty().WithMessage("Give the reason for this access; it is written to the audit log and shown to the person.")
            .MaximumLength(StaffAuditEntry.MaxReasonLength)
            .IsPlainText();
}
