namespace Creo.Application.Privacy.ListBreaches;

internal sealed class ListBreachesQueryHandler(IPrivacyData data) : IQueryHandler<ListBreachesQuery, IReadOnlyList<BreachSummaryDto>>
{
    public async ValueTask<IReadOnlyList<BreachSummaryDto>> Handle(ListBreachesQuery query, CancellationToken cancellationToken)
    {
        var breaches = await data.Breaches.AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Take(Math.Clamp(query.Limit, 1, 200))
            .ToListAsync(cancellationToken);
        var ids = breaches.Select(b => b.Id).ToList();
        var counts = await data.BreachNotifications.AsNoTracking()
            .Where(n => ids.Contains(n.BreachId))
            .GroupBy(n => n.BreachId)
            .Select(g => new { BreachId = g.Key, Affected = g.Count(), Mailed = g.Count(n => n.MailedAt != null) })
            .ToDictionaryAsync(c => c.BreachId, cancellationToken);

        // Not Mapster: the two counts come from another table, which a projection of one entity cannot name.
        return [.. breaches.Select(b => new BreachSummaryDto(
            b.Id, b.DiscoveredAt, b.RecordedAt, b.NotifyAuthorityBy, b.Audience.ToString(), b.Categories, b.Description,
            counts.TryGetValue(b.Id, out var c) ? c.Affected : 0, counts.TryGetValue(b.Id, out var m) ? m.Mailed : 0))];
    }
}
