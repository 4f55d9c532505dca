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

    private static OutgoingMail AnswerMail(AccountContactDto contact, PrivacyRequest request) => new(
        contact.Email,
        "Your privacy request has been answered",
        $"""
        Hello {contact.Name},

        You asked us on {request.ReceivedAt:yyyy-MM-dd} to {request.Type.ToString().ToLowerInvariant()} your data. Here is our answer:

        {request.Outcome}

        If anything is unclear or you disagree, reply to this mail. You may also complain to your data protection
        authority.

        — Crëo
        """);
}
