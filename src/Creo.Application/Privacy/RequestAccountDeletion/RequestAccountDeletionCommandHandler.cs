using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.EndSessionsForDeletion;
using Creo.Application.Accounts.GetAccountContact;

namespace Creo.Application.Privacy.RequestAccountDeletion;

internal sealed class RequestAccountDeletionCommandHandler(
    IPrivacyData data, IMediator mediator, IMailSender mail, IOptions<DeletionOptions> options, TimeProvider clock)
    : ICommandHandler<RequestAccountDeletionCommand, AccountDeletionDto>
{
    public async ValueTask<AccountDeletionDto> Handle(RequestAccountDeletionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deletion = await data.AccountDeletions.FirstOrDefaultAsync(d => d.UserId == command.UserId, cancellationToken);
        if (deletion is null)
        {
            deletion = AccountDeletion.Schedule(command.UserId, options.Value.Grace, now);
            data.AccountDeletions.Add(deletion);
            var contact = await mediator.Send(new GetAccountContactQuery(command.UserId), cancellationToken);
            await mail.SendAsync(ScheduledMail(contact, deletion), cancellationToken);
        }

        await mediator.Send(new EndSessionsForDeletionCommand(command.UserId), cancellationToken);
        return new AccountDeletionDto(deletion.RequestedAt, deletion.ScheduledFor, deletion.IsErasing);
    }

    private static OutgoingMail ScheduledMail(AccountContactDto contact, AccountDeletion deletion) => MailTemplate.Compose(
        contact.Email,
        "Your Crëo account will be deleted",
        """
        {{hello}}

        You asked us to delete your Crëo account. Every session has been signed out.

        On {{when}} UTC we erase your account: your generations and uploads, your
        credits, your consents and requests, and your sign-in history. A subscription is cancelled then. Invoices are
        kept for tax law (six years), detached from you.

        Changed your mind? Sign in before then and choose "Keep my account" in the privacy center.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(contact.Name),
            ["when"] = deletion.ScheduledFor.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        },
        linkBase: null);
}
