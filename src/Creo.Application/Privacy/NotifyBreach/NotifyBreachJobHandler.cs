using Creo.Application.Privacy.MailBreachNotice;
using Creo.Application.Privacy.PickBreachRecipients;

namespace Creo.Application.Privacy.NotifyBreach;

internal sealed class NotifyBreachJobHandler(IMediator mediator, ILogger<NotifyBreachJobHandler> logger) : IJobHandler<NotifyBreachJob>
{
    public async Task RunAsync(NotifyBreachJob job, CancellationToken cancellationToken)
    {
        var mailed = await PagedRuns.RunAsync(async after =>
        {
            // One transaction picks a page and writes down who it affects (dashboard notices show from then on) ...
            var batch = await mediator.Send(new PickBreachRecipientsCommand(job.BreachId, after, PagedRuns.PageSize), cancellationToken);
            var mailedNow = 0;
            foreach (var recipient in batch.ToMail)
            {
                // ... and each mail commits on its own, so a failure part-way keeps everyone already mailed recorded.
                if (await mediator.Send(new MailBreachNoticeCommand(job.BreachId, recipient), cancellationToken))
                {
                    mailedNow++;
                }
            }

            return (mailedNow, batch.Next);
        });
        logger.LogInformation("Breach {BreachId}: notice mailed to {Mailed} account(s) in this run", job.BreachId, mailed);
    }
}
