using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.ListAccountContacts;

namespace Creo.Application.Privacy.AnnouncePolicyChangeBatch;

internal sealed class AnnouncePolicyChangeBatchCommandHandler(IPrivacyData data, IMediator mediator, IMailSender mail, IOptions<AppLinks> links, TimeProvider clock)
    : ICommandHandler<AnnouncePolicyChangeBatchCommand, AnnouncementBatch>
{
    public async ValueTask<AnnouncementBatch> Handle(AnnouncePolicyChangeBatchCommand command, CancellationToken cancellationToken)
    {
        var policy = await data.PolicyVersions.AsNoTracking().FirstOrNotFoundAsync(p => p.Id == command.PolicyVersionId, "Policy version", cancellationToken);
        var recipients = await mediator.Send(new ListAccountContactsQuery(command.After, command.Take), cancellationToken);
        if (recipients.Count == 0)
        {
            return new AnnouncementBatch(0, null);
        }

        var ids = recipients.Select(r => r.UserId).ToList();
        var alreadyTold = await data.PolicyChangeNotices
            .Where(n => n.PolicyVersion == policy.Version && ids.Contains(n.UserId))
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var told = 0;
        foreach (var recipient in recipients.Where(r => !alreadyTold.Contains(r.UserId)))
        {
            await mail.SendAsync(ChangeMail(recipient, policy, links.Value), cancellationToken);
            data.PolicyChangeNotices.Add(PolicyChangeNotice.Sent(policy.Version, recipient.UserId, now));
            told++;
        }

        return new AnnouncementBatch(told, recipients.Count < command.Take ? null : recipients[^1].UserId);
    }

    private static OutgoingMail ChangeMail(AccountRecipientDto recipient, PolicyVersion policy, AppLinks links) => MailTemplate.Compose(
        recipient.Email,
        "Crëo's privacy policy is changing",
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
