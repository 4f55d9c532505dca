
namespace Creo.Application.Privacy.ListDataExports;

internal sealed class ListDataExportsQueryHandler(IPrivacyData data, IExportLinks links, TimeProvider clock)
    : IQueryHandler<ListDataExportsQuery, IReadOnlyList<DataExportDto>>
{
    /// <summary>Records go a month after they expire, and a day allows a handful: this is every one there is.</summary>
    private const int MaxListed = 200;

    public async ValueTask<IReadOnlyList<DataExportDto>> Handle(ListDataExportsQuery query, CancellationToken cancellationToken)
    {
        var exports = await data.DataExports.AsNoTracking()
            .Where(e => e.UserId == query.UserId)
            .OrderByDescending(e => e.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. exports.Select(e => DataExportMapper.ToDto(e, links, now))];
    }
}
