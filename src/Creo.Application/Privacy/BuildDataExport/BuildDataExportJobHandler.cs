using Creo.Application.Accounts.ExportAccountData;
using Creo.Application.Billing.ExportBillingData;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Billing.Contracts;
using Creo.Application.Common.RequestLogs;
using Creo.Application.Credits.ExportCreditsData;
using Creo.Application.Generations.ExportGenerationsData;
using Creo.Application.Privacy.CompleteDataExport;
using Creo.Application.Privacy.ExportPrivacyData;
using Creo.Application.Privacy.FailDataExport;
using Creo.Application.Privacy.StartDataExportBuild;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// Gathers each module's part through its contract (its tables, each a stream of rows), writes the archive to a
/// temporary file (media can be large, so never to memory), and stores it privately under the person's prefix.
/// </summary>
internal sealed class BuildDataExportJobHandler(
    IMediator mediator,
    IObjectStorage storage,
    TimeProvider clock,
    ILogger<BuildDataExportJobHandler> logger) : IJobHandler<BuildDataExportJob>
{
    public async Task RunAsync(BuildDataExportJob job, CancellationToken cancellationToken)
    {
        var build = await mediator.Send(new StartDataExportBuildCommand(job.ExportId), cancellationToken);
        if (build is null)
        {
            return;
        }

        long size;
        try
        {
            size = await BuildAsync(build, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception type only: a message could quote the data being written.
            logger.LogWarning("Building data export {ExportId} failed with {ExceptionType}", build.ExportId, exception.GetType().Name);
            await mediator.Send(new FailDataExportCommand(build.ExportId), CancellationToken.None);
            await storage.DeleteAsync(build.ObjectKey, CancellationToken.None);
            return;
        }

        if (!await mediator.Send(new CompleteDataExportCommand(build.ExportId, size), cancellationToken))
        {
            // Erased or given up while it was built: nobody may download it, so it does not stay.
            await storage.DeleteAsync(build.ObjectKey, cancellationToken);
            return;
        }

        logger.LogInformation("Data export {ExportId} is ready ({SizeBytes} bytes)", build.ExportId, size);
    }

    private async Task<long> BuildAsync(DataExportBuild build, CancellationToken cancellationToken)
    {
        PersonalDataPart[] parts =
        [
            await mediator.Send(new ExportAccountDataQuery(build.UserId), cancellationToken),
            await mediator.Send(new ExportGenerationsDataQuery(build.UserId), cancellationToken),
            await mediator.Send(new ExportCreditsDataQuery(build.UserId), cancellationToken),
            await mediator.Send(new ExportBillingDataQuery(build.UserId), cancellationToken),
            await mediator.Send(new ExportPrivacyDataQuery(build.UserId, build.ExportId), cancellationToken),
            RequestLogExport.Part(build.UserId),
        ];

        var path = Path.Combine(Path.GetTempPath(), $"creo-export-{build.ExportId:N}-{Guid.NewGuid():N}.zip");
        await using var file = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await DataExportArchive.WriteAsync(file, parts, mediator, storage, clock.GetUtcNow(), cancellationToken);
        file.Position = 0;
        await storage.PutAsync(build.ObjectKey, file, "application/zip", cancellationToken);
        return file.Length;
    }
}
