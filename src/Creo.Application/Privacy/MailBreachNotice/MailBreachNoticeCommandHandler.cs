using Creo.Application.Privacy.FanOut;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.MailBreachNotice;

/// <summary>
/// One person, one transaction: recorded in the commit that follows the send. The fan-out job does not use this (it
/// mails in batches over one connection and records with a commit a stop cannot cancel, see <c>FanOutBatch</c>); a
/// caller whose token is cancelled after the relay accepted the mail leaves this person unrecorded.
/// </summary>
internal sealed class MailBreachNoticeCommandHandler(IPrivacyData data, IMailSender mail, IOptions<AppLinks> links, IOptions<SupportContact> support, TimeProvider clock)
    : ICommandHandler<MailBreachNoticeCommand, bool>
{
    public const string Subject = BreachNoticeMail.Subject;

    public async ValueTask<bool> Handle(MailBreachNoticeCommand command, CancellationToken cancellationToken)
    {
        var notification = await data.BreachNotifications
            .FirstOrNotFoundAsync(n => n.BreachId == command.BreachId && n.UserId == command.Recipient.UserId, "Breach notification", cancellationToken);
        if (notification.IsMailed)
        {
            return false;
        }

        var breach = await data.Breaches.AsNoTracking().FirstAsync(b => b.Id == command.BreachId, cancellationToken);
        await mail.SendAsync(BreachNoticeMail.Compose(command.Recipient, breach, links.Value, support.Value.ContactEmail), cancellationToken);
        notification.Mailed(clock.GetUtcNow());
        return true;
    }
}
