using Creo.Application.Accounts.Contracts;
using Creo.Application.Common.Mail;

namespace Creo.Application.Privacy.MailPolicyChangeNotice;

/// <summary>
/// One person, one transaction: the notice is recorded in the commit that follows the send. A mail that fails
/// leaves nobody recorded who was not mailed, and everyone mailed before it stays recorded (a batch in one
/// transaction lost them all and mailed them again on the next run); only a crash between the relay accepting a mail
/// and the commit could mail that one person again, which beats the other order (recorded, then lost, never told).
/// </summary>
internal sealed class MailPolicyChangeNoticeCommandHandler(IPrivacyData data, IMailSender mail, IOptions<AppLinks> links, TimeProvider clock)
    : ICommandHandler<MailPolicyChangeNoticeCommand, bool>
{
    public const string Subject = "Crëo's privacy policy is changing";

    public async ValueTask<bool> Handle(MailPolicyChangeNoticeCommand command, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == command.PolicyVersionId, "Policy version", cancellationToken);
        var recipient = command.Recipient;
        if (await data.PolicyChangeNotices.AnyAsync(n => n.PolicyVersion == policy.Version && n.UserId == recipient.UserId, cancellationToken))
        {
            return false;
        }

        await mail.SendAsync(ChangeMail(recipient, policy, links.Value), cancellationToken);
        data.PolicyChangeNotices.Add(PolicyChangeNotice.Sent(policy.Version, recipient.UserId, clock.GetUtcNow()));
        return true;
    }

    private static OutgoingMail ChangeMail(AccountRecipientDto recipient, PolicyVersion policy, AppLinks links) => MailTemplate.Compose(
        recipient.Email,
        Subject,
        """
        {{hello}}

        We have changed our privacy policy in a way that matters (version {{version}}). It takes effect on
        {{effective}} (UTC).

        Read it at {{link:policy}}. From that date we ask you to accept it before you create or buy anything; until you do,
        your account, your generations and your data stay as they are, and you can still download or delete them.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(recipient.Name),
            ["version"] = policy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["effective"] = policy.EffectiveAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["policy"] = links.To("/privacy"),
        },
        links.PublicBaseUrl);
}
