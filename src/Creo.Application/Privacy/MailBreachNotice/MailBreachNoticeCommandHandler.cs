using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.MailBreachNotice;

/// <summary>
/// One person, one transaction: the row is marked mailed in the same commit that follows the send. A mail that fails
/// leaves the row unmailed for the next run; only a crash between the relay accepting a mail and the commit could
/// mail that one person again, which beats the other order (marked, then lost, never told).
/// </summary>
internal sealed class MailBreachNoticeCommandHandler(IPrivacyData data, IMailSender mail, IOptions<AppLinks> links, IOptions<SupportContact> support, TimeProvider clock)
    : ICommandHandler<MailBreachNoticeCommand, bool>
{
    public const string Subject = "Important: a security incident affecting your Crëo account";

    public async ValueTask<bool> Handle(MailBreachNoticeCommand command, CancellationToken cancellationToken)
    {
        var notification = await data.BreachNotifications
            .FirstOrNotFoundAsync(n => n.BreachId == command.BreachId && n.UserId == command.Recipient.UserId, "Breach notification", cancellationToken);
        if (notification.IsMailed)
        {
            return false;
        }

        var breach = await data.Breaches.AsNoTracking().FirstAsync(b => b.Id == command.BreachId, cancellationToken);
        await mail.SendAsync(NoticeMail(command.Recipient, breach, links.Value, support.Value.ContactEmail), cancellationToken);
        notification.Mailed(clock.GetUtcNow());
        return true;
    }

    private static OutgoingMail NoticeMail(AccountRecipientDto recipient, Breach breach, AppLinks links, string contactEmail) => MailTemplate.Compose(
        recipient.Email,
        Subject,
        """
        {{hello}}

        We are writing because a security incident may have affected your Crëo account.

        {{message}}

        What we are doing: we are investigating the incident and working to contain it, and we report it to the data
        protection authority as the law requires. You will also see this notice on your dashboard when you sign in.

        What you can do: watch for unexpected messages that claim to come from Crëo, and review your sessions and your
        security log at {{link:account}}. You can download or delete your data at any time at {{link:center}}.

        Questions: write to {{contact}} and we will answer.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(recipient.Name),
            ["message"] = breach.Message,
            ["account"] = links.To("/account"),
            ["center"] = links.To("/privacy/center"),
            ["contact"] = contactEmail,
        },
        links.PublicBaseUrl);
}
