namespace Creo.Application.Accounts.ListStaffAudit;

/// <summary>The staff audit log, newest first (admins).</summary>
public sealed record ListStaffAuditQuery(int Limit) : IQuery<IReadOnlyList<StaffAuditEntryDto>>;
