
namespace Creo.Application.Privacy.GetDataExportFile;

internal sealed class GetDataExportFileQueryHandler(IPrivacyData data, IExportLinks links, TimeProvider clock)
    : IQueryHandler<GetDataExportFileQuery, DataExportFile>
{
    public async ValueTask<DataExportFile> Handle(GetDataExportFileQuery query, CancellationToken cancellationToken)
    {
        var link = links.Open(query.Token) ?? throw new NotFoundException("Export");
        var export = await data.DataExports.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == link.ExportId && e.UserId == query.UserId, cancellationToken);
        if (export is not { ObjectKey: { } key, CompletedAt: { } completedAt } || !export.CanBeDownloadedAt(clock.GetUtcNow()))
        {
            throw new NotFoundException("Export");
        }

        return new DataExportFile(key, $"creo-export-{completedAt.UtcDateTime:yyyy-MM-dd}.zip");
    }
}
