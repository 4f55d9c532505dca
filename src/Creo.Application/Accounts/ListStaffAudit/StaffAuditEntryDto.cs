namespace Creo.Application.Accounts.ListStaffAudit;

public sealed record StaffAuditEntryDto(Guid Id, Guid StaffUserId, string? StaffEmail, Guid? SubjectUserId, string Action, string Reason, DateTimeOffset OccurredAt);
