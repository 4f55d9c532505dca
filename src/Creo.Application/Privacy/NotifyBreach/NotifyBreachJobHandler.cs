using Creo.Application.Privacy.FanOut;
using Creo.Application.Privacy.PickBreachRecipients;
using Creo.Application.Privacy.RecordBreachMails;

namespace Creo.Application.Privacy.NotifyBreach;

/// <summary>Pages through the people a breach affects by key (memory stays one page) and mails each page as a <see cref="FanOutBatch"/>.</summary>
internal sealed class NotifyBreachJobHandler(
    IPrivacyData data, IMediator mediator, IMailSender mail, IOptions<AppLinks> links, IOptions<SupportContact> support, ILogger<NotifyBreachJobHandler> logger)
    : IJobHandler<NotifyBreachJob>
{
    public async Task RunAsync(NotifyBreachJob job, CancellationToken cancellationToken)
    {
        var breach = await data.Breaches.AsNoTracking().FirstOrNotFoundAsync(b => b.Id == job.BreachId, "Breach", cancellationToken);
        var refused = 0;
        var mailed = await PagedRuns.RunAsync(async after =>
        {
            // One transaction picks a page and writes down who it affects (dashboard notices show from then on) ...
            var batch = await mediator.Send(new PickBreachRecipientsCommand(job.BreachId, after, FanOutBatch.Size), cancellationToken);

            // ... and the page's mails go out as one batch, whose accepted mails are then marked in one more.
            var tally = await FanOutBatch.MailAndRecordAsync(
                mail,
                mediator,
                batch.ToMail,
                recipient => BreachNoticeMail.Compose(recipient, breach, links.Value, support.Value.ContactEmail),
                accepted => new RecordBreachMailsCommand(job.BreachId, accepted),
                cancellationToken);
            refused += tally.Refused;
            return (tally.Mailed, batch.Next);
        });
        logger.LogInformation("Breach {BreachId}: notice mailed to {Mailed} account(s) in this run, {Refused} refused", job.BreachId, mailed, refused);
        FanOutBatch.ThrowIfRefused(refused);
    }
}
