namespace Creo.Application.Privacy.FailDataExport;

internal sealed class FailDataExportCommandHandler(IPrivacyData data, TimeProvider clock) : ICommandHandler<FailDataExportCommand>
{
    public async ValueTask<Unit> Handle(FailDataExportCommand command, CancellationToken cancellationToken)
    {
        var export = await data.DataExports.FirstOrDefaultAsync(e => e.Id == command.ExportId, cancellationToken);
        if (export is { IsPending: true })
        {
            export.MarkFailed(clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
