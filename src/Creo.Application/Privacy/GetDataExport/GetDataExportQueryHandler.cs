
namespace Creo.Application.Privacy.GetDataExport;

internal sealed class GetDataExportQueryHandler(IPrivacyData data, IExportLinks links, TimeProvider clock) : IQueryHandler<GetDataExportQuery, DataExportDto>
{
    public async ValueTask<DataExportDto> Handle(GetDataExportQuery query, CancellationToken cancellationToken)
    {
        var export = await data.DataExports.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == query.ExportId && e.UserId == query.UserId, cancellationToken)
            ?? throw new NotFoundException("Export");
        return DataExportMapper.ToDto(export, links, clock.GetUtcNow());
    }
}
