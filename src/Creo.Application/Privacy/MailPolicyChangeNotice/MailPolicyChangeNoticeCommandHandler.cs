using Creo.Application.Accounts.Contracts;
using Creo.Application.Privacy.FanOut;

namespace Creo.Application.Privacy.MailPolicyChangeNotice;

/// <summary>
/// One person, one transaction: recorded in the commit that follows the send. The fan-out job does not use this (it
/// mails in batches over one connection and records with a commit a stop cannot cancel, see <c>FanOutBatch</c>); a
/// caller whose token is cancelled after the relay accepted the mail leaves this person unrecorded.
/// </summary>
internal sealed class MailPolicyChangeNoticeCommandHandler(IPrivacyData data, IMailSender mail, IOptions<AppLinks> links, TimeProvider clock)
    : ICommandHandler<MailPolicyChangeNoticeCommand, bool>
{
    public const string Subject = PolicyChangeMail.Subject;

    public async ValueTask<bool> Handle(MailPolicyChangeNoticeCommand command, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == command.PolicyVersionId, "Policy version", cancellationToken);
        var recipient = command.Recipient;
        if (await data.PolicyChangeNotices.AnyAsync(n => n.PolicyVersion == policy.Version && n.UserId == recipient.UserId, cancellationToken))
        {
            return false;
        }

        await mail.SendAsync(PolicyChangeMail.Compose(recipient, policy, links.Value), cancellationToken);
        data.PolicyChangeNotices.Add(PolicyChangeNotice.Sent(policy.Version, recipient.UserId, clock.GetUtcNow()));
        return true;
    }
}
