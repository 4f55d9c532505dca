using Creo.Application.Accounts.Contracts;

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

        await mail.SendAsync(ChangeMail(recipient, policy, links.Value.To("/privacy")), cancellationToken);
        data.PolicyChangeNotices.Add(PolicyChangeNotice.Sent(policy.Version, recipient.UserId, clock.GetUtcNow()));
        return true;
    }

    private static OutgoingMail ChangeMail(AccountRecipientDto recipient, PolicyVersion policy, string policyLink) => new(
        recipient.Email,
        Subject,
        $"""
        Hello {recipient.Name},

        We have changed our privacy policy in a way that matters (version {policy.Version}). It takes effect on
        {policy.EffectiveAt:yyyy-MM-dd} (UTC).

        Read it at {policyLink}. From that date we ask you to accept it before you create or buy anything; until you do,
        your account, your generations and your data stay as they are, and you can still download or delete them.

        — Crëo
        """);
}
