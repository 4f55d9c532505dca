using Creo.Application.Privacy.MailDataExportReady;

namespace Creo.Application.Privacy.CompleteDataExport;

internal sealed class CompleteDataExportCommandHandler(IPrivacyData data, IUnitOfWork unitOfWork, IJobScheduler jobs, TimeProvider clock)
    : ICommandHandler<CompleteDataExportCommand, bool>
{
    public async ValueTask<bool> Handle(CompleteDataExportCommand command, CancellationToken cancellationToken)
    {
        var export = await data.DataExports.FirstOrDefaultAsync(e => e.Id == command.ExportId, cancellationToken);
        switch (export?.Status)
        {
            case DataExportStatus.Building:
                export.MarkReady(command.SizeBytes, clock.GetUtcNow());
                unitOfWork.AfterCommit(() => jobs.Enqueue(new MailDataExportReadyJob(export.Id)));
                return true;
            case DataExportStatus.Ready:
                return true; // A twin run of the job finished first and wrote the same key.
            default:
                return false;
        }
    }
}
