using Creo.Application.Privacy.AnnouncePolicyChangeBatch;

namespace Creo.Application.Privacy.AnnouncePolicyChange;

internal sealed class AnnouncePolicyChangeJobHandler(IMediator mediator, ILogger<AnnouncePolicyChangeJobHandler> logger) : IJobHandler<AnnouncePolicyChangeJob>
{
    public async Task RunAsync(AnnouncePolicyChangeJob job, CancellationToken cancellationToken)
    {
        var told = await PagedRuns.RunAsync(async after =>
        {
            var batch = await mediator.Send(new AnnouncePolicyChangeBatchCommand(job.PolicyVersionId, after, PagedRuns.PageSize), cancellationToken);
            return (batch.Told, batch.Next);
        });
        logger.LogInformation("Policy change {PolicyVersionId} announced by mail to {Told} account(s)", job.PolicyVersionId, told);
    }
}
