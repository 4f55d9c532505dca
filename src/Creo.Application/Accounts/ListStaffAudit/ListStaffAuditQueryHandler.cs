
namespace Creo.Application.Accounts.ListStaffAudit;

internal sealed class ListStaffAuditQueryHandler(IAccountsData data) : IQueryHandler<ListStaffAuditQuery, IReadOnlyList<StaffAuditEntryDto>>
{
    public async ValueTask<IReadOnlyList<StaffAuditEntryDto>> Handle(ListStaffAuditQuery query, CancellationToken cancellationToken) =>
        await (
            from entry in data.StaffAuditEntries.AsNoTracking()
            where query.SubjectUserId == null || entry.SubjectUserId == query.SubjectUserId
            join staff in data.Users on entry.StaffUserId equals staff.Id into staffers
            from staff in staffers.DefaultIfEmpty()
            orderby entry.Id descending
            // Not Mapster: the staff member's email comes from a joined row, which a projection of one entity cannot name.
            select new StaffAuditEntryDto(entry.Id, entry.StaffUserId, staff == null ? null : staff.Email, entry.SubjectUserId, entry.Action, entry.Reason, entry.OccurredAt, entry.Credits))
        .Take(Math.Clamp(query.Limit, 1, 500))
        .ToListAsync(cancellationToken);
}
