using Creo.Application.Privacy.BuildDataExport;

namespace Creo.Application.Privacy.RequestDataExport;

internal sealed class RequestDataExportCommandHandler(
    IPrivacyData data,
    IUnitOfWork unitOfWork,
    IJobScheduler jobs,
    IDatabaseErrors databaseErrors,
    TimeProvider clock) : ICommandHandler<RequestDataExportCommand, DataExportRequestedDto>
{
    /// <summary>Each export copies all of a person's media; more than this a day is a loop, not a person.</summary>
    internal const int MaxPerDay = 5;

    public async ValueTask<DataExportRequestedDto> Handle(RequestDataExportCommand command, CancellationToken cancellationToken)
    {
        if (await PendingAsync(command.UserId, cancellationToken) is { } pending)
        {
            return new DataExportRequestedDto(pending);
        }

        var now = clock.GetUtcNow();
        var since = now - TimeSpan.FromDays(1);
        if (await data.DataExports.CountAsync(e => e.UserId == command.UserId && e.RequestedAt > since, cancellationToken) >= MaxPerDay)
        {
            throw new TooManyRequestsException("export-rate-limited", $"At most {MaxPerDay} exports a day; download the newest one, or ask again tomorrow.");
        }

        var export = DataExport.Request(command.UserId, now);
        data.DataExports.Add(export);
        try
        {
            await unitOfWork.SaveChangesOrUndoAsync(cancellationToken);
        }
        catch (Exception exception) when (databaseErrors.IsViolationOf(exception, DataExportConstraints.OnePendingPerPerson))
        {
            // A second request at the same moment won (the failed insert rolled back to its savepoint): return its export.
            data.DataExports.Entry(export).State = EntityState.Detached;
            if (await PendingAsync(command.UserId, cancellationToken) is not { } winner)
            {
                throw;
            }

            return new DataExportRequestedDto(winner);
        }

        unitOfWork.AfterCommit(() => jobs.Enqueue(new BuildDataExportJob(export.Id)));
        return new DataExportRequestedDto(export.Id);
    }

    private async Task<Guid?> PendingAsync(Guid userId, CancellationToken cancellationToken) =>
        await data.DataExports.AsNoTracking()
            .Where(e => e.UserId == userId && (e.Status == DataExportStatus.Queued || e.Status == DataExportStatus.Building))
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
