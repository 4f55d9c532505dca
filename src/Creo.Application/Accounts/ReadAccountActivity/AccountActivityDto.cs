using Creo.Application.Accounts.ListStaffAudit;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.ReadAccountActivity;

/// <summary>The newest ledger lines and the newest staff acts about one person, newest first.</summary>
public sealed record AccountActivityDto(IReadOnlyList<CreditEntryDto> Ledger, bool MoreLedger, IReadOnlyList<StaffAuditEntryDto> StaffActs);
