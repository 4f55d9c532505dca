using Creo.Application.Common.Mail;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.GetAccountContact;
using Mapster;

namespace Creo.Application.Privacy.ExtendPrivacyRequest;

internal sealed class ExtendPrivacyRequestCommandHandler(IPrivacyData data, IMediator mediator, IMailSender mail, TypeAdapterConfig mapping, TimeProvider clock)
    : ICommandHandler<ExtendPrivacyRequestCommand, PrivacyRequestDto>
{
    public async ValueTask<PrivacyRequestDto> Handle(ExtendPrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await data.LoadForDeskAsync(command.RequestId, command.StaffUserId, cancellationToken);
        request.Extend(command.Days, command.Reason.Trim(), clock.GetUtcNow());
        await mediator.AuditAsync(
            command.StaffUserId, request, "extend-privacy-request", $"Support staff moved the due date of your privacy request to {request.DueAt:yyyy-MM-dd}.",
            cancellationToken, command.Reason);
        await mediator.TellRequesterAsync(mail, request, ExtensionMail, cancellationToken);
        return request.Adapt<PrivacyRequestDto>(mapping);
    }

    private static OutgoingMail ExtensionMail(AccountContactDto contact, PrivacyRequest request) => MailTemplate.Compose(
        contact.Email,
        "We need more time for your privacy request",
        """
        {{hello}}

        You asked us on {{received}} to {{type}} your data. We need more
        time to answer it properly, and will reply by {{due}}.

        Why: {{reason}}

        If you have questions, reply to this mail.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(contact.Name),
            ["received"] = request.ReceivedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = request.Type.ToString().ToLowerInvariant(),
            ["due"] = request.DueAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = request.ExtensionReason ?? string.Empty,
        },
        linkBase: null);
}
