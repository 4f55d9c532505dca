namespace Creo.Application.Privacy.StartDataExportBuild;

internal sealed class StartDataExportBuildCommandHandler(IPrivacyData data) : ICommandHandler<StartDataExportBuildCommand, DataExportBuild?>
{
    public async ValueTask<DataExportBuild?> Handle(StartDataExportBuildCommand command, CancellationToken cancellationToken)
    {
        var export = await data.DataExports.FirstOrDefaultAsync(e => e.Id == command.ExportId, cancellationToken);
        if (export is not { IsPending: true })
        {
            return null;
        }

        export.StartBuilding();
        return new DataExportBuild(export.Id, export.UserId, DataExport.ObjectKeyOf(export.UserId, export.Id));
    }
}
