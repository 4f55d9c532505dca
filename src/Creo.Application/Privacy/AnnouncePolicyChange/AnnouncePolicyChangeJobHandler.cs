using Creo.Application.Privacy.AnnouncePolicyChangeBatch;

namespace Creo.Application.Privacy.AnnouncePolicyChange;

internal sealed class AnnouncePolicyChangeJobHandler(IMediator mediator, ILogger<AnnouncePolicyChangeJobHandler> logger) : IJobHandler<AnnouncePolicyChangeJob>
{
    /// <summary>Accounts per batch: small enough that a batch is one short transaction, large enough to move on.</summary>
    public const int BatchSize = 200;

    public async Task RunAsync(AnnouncePolicyChangeJob job, CancellationToken cancellationToken)
    {
        var told = 0;
        Guid? after = null;
        do
        {
            // Each batch commits on its own: a crash loses at most the batch in flight, which the next run mails again.
            var batch = await mediator.Send(new AnnouncePolicyChangeBatchCommand(job.PolicyVersionId, after, BatchSize), cancellationToken);
            told += batch.Told;
            after = batch.Next;
        }
        while (after is not null);

        logger.LogInformation("Policy change {PolicyVersionId} announced by mail to {Told} account(s)", job.PolicyVersionId, told);
    }
}
