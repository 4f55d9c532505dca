using Creo.Application.Privacy.MailPolicyChangeNotice;
using Creo.Application.Privacy.PickPolicyChangeRecipients;

namespace Creo.Application.Privacy.AnnouncePolicyChange;

internal sealed class AnnouncePolicyChangeJobHandler(IMediator mediator, ILogger<AnnouncePolicyChangeJobHandler> logger) : IJobHandler<AnnouncePolicyChangeJob>
{
    public async Task RunAsync(AnnouncePolicyChangeJob job, CancellationToken cancellationToken)
    {
        var told = await PagedRuns.RunAsync(async after =>
        {
            var page = await mediator.Send(new PickPolicyChangeRecipientsQuery(job.PolicyVersionId, after, PagedRuns.PageSize), cancellationToken);
            var toldNow = 0;
            foreach (var recipient in page.ToTell)
            {
                // Each mail commits on its own, so a failure part-way keeps everyone already mailed recorded.
                if (await mediator.Send(new MailPolicyChangeNoticeCommand(job.PolicyVersionId, recipient), cancellationToken))
                {
                    toldNow++;
                }
            }

            return (toldNow, page.Next);
        });
        logger.LogInformation("Policy change {PolicyVersionId} announced by mail to {Told} account(s)", job.PolicyVersionId, told);
    }
}
