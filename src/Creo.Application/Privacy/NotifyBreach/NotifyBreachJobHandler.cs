using Creo.Application.Privacy.MailBreachNotice;
using Creo.Application.Privacy.PickBreachRecipients;

namespace Creo.Application.Privacy.NotifyBreach;

internal sealed class NotifyBreachJobHandler(IMediator mediator, ILogger<NotifyBreachJobHandler> logger) : IJobHandler<NotifyBreachJob>
{
    /// <summary>Accounts per batch: small enough that a batch is one short transaction, large enough to move on.</summary>
    public const int BatchSize = 200;

    public async Task RunAsync(NotifyBreachJob job, CancellationToken cancellationToken)
    {
        var mailed = 0;
        Guid? after = null;
        do
        {
            // One transaction picks a batch and writes down who it affects (dashboard notices show from then on) ...
            var batch = await mediator.Send(new PickBreachRecipientsCommand(job.BreachId, after, BatchSize), cancellationToken);
            foreach (var recipient in batch.ToMail)
            {
                // ... and each mail commits on its own, so a failure part-way keeps everyone already mailed recorded.
                if (await mediator.Send(new MailBreachNoticeCommand(job.BreachId, recipient), cancellationToken))
                {
                    mailed++;
                }
            }

            after = batch.Next;
        }
        while (after is not null);

        logger.LogInformation("Breach {BreachId}: notice mailed to {Mailed} account(s) in this run", job.BreachId, mailed);
    }
}
