namespace Creo.Application.Accounts.ListStaffAudit;

/// <summary>The staff audit log, newest first (admins); with <paramref name="SubjectUserId"/>, only the acts about that person.</summary>
public sealed record ListStaffAuditQuery(int Limit, Guid? SubjectUserId = null) : IQuery<IReadOnlyList<StaffAuditEntryDto>>;
