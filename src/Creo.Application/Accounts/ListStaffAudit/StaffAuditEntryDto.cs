namespace Creo.Application.Accounts.ListStaffAudit;

/// <summary>One staff act as admins read it; <c>Credits</c> is what a correction added or took back (null for other acts).</summary>
public sealed record StaffAuditEntryDto(Guid Id, Guid StaffUserId, string? StaffEmail, Guid? SubjectUserId, string Action, string Reason, DateTimeOffset OccurredAt, long? Credits);
