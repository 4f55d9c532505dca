using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetAccountContact;
using Mapster;

namespace Creo.Application.Privacy.CompletePrivacyRequest;

internal sealed class CompletePrivacyRequestCommandHandler(IPrivacyData data, IMediator mediator, IMailSender mail, TypeAdapterConfig mapping, TimeProvider clock)
    : ICommandHandler<CompletePrivacyRequestCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(CompletePrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await data.LoadForDeskAsync(command.RequestId, command.StaffUserId, cancellationToken);
        request.Complete(command.Outcome.Trim(), clock.GetUtcNow());
        await mediator.AuditAsync(command.StaffUserId, request, "answer-privacy-request", "Support staff answered your privacy request.", cancellationToken);
        await mediator.TellRequesterAsync(mail, request, AnswerMail, cancellationToken);
        return request.Adapt<PrivacyRequestDto>(mapping);
    }

    private static OutgoingMail AnswerMail(AccountContactDto contact, PrivacyRequest request) => MailTemplate.Compose(
        contact.Email,
        "Your privacy request has been answered",
        """
        {{hello}}

        You asked us on {{received}} to {{type}} your data. Here is our answer:

        {{outcome}}

        If anything is unclear or you disagree, reply to this mail. You may also complain to your data protection
        authority.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(contact.Name),
            ["received"] = request.ReceivedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = request.Type.ToString().ToLowerInvariant(),
            ["outcome"] = request.Outcome ?? string.Empty,
        },
        linkBase: null);
}
