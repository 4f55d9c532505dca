using Creo.Application.Privacy.FanOut;
using Creo.Application.Privacy.PickPolicyChangeRecipients;
using Creo.Application.Privacy.RecordPolicyChangeNotices;

namespace Creo.Application.Privacy.AnnouncePolicyChange;

/// <summary>Pages through the accounts by key (memory stays one page, whatever the count) and mails each page as a <see cref="FanOutBatch"/>.</summary>
internal sealed class AnnouncePolicyChangeJobHandler(
    IPrivacyData data, IMediator mediator, IMailSender mail, IOptions<AppLinks> links, ILogger<AnnouncePolicyChangeJobHandler> logger)
    : IJobHandler<AnnouncePolicyChangeJob>
{
    public async Task RunAsync(AnnouncePolicyChangeJob job, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == job.PolicyVersionId, "Policy version", cancellationToken);
        var refused = 0;
        var told = await PagedRuns.RunAsync(async after =>
        {
            var page = await mediator.Send(new PickPolicyChangeRecipientsQuery(job.PolicyVersionId, after, FanOutBatch.Size), cancellationToken);
            var tally = await FanOutBatch.MailAndRecordAsync(
                mail,
                mediator,
                page.ToTell,
                recipient => PolicyChangeMail.Compose(recipient, policy, links.Value),
                accepted => new RecordPolicyChangeNoticesCommand(job.PolicyVersionId, accepted),
                cancellationToken);
            refused += tally.Refused;
            return (tally.Mailed, page.Next);
        });
        logger.LogInformation("Policy change {PolicyVersionId} announced by mail to {Told} account(s), {Refused} refused", job.PolicyVersionId, told, refused);
        FanOutBatch.ThrowIfRefused(refused);
    }
}
