using Creo.Application.Accounts.FindAccountByEmail;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.LogEmailedPrivacyRequest;

internal sealed class LogEmailedPrivacyRequestCommandHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<LogEmailedPrivacyRequestCommand, DeskRequestDto>
{
    public async ValueTask<DeskRequestDto> Handle(LogEmailedPrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var account = await mediator.Send(new FindAccountByEmailQuery(command.Email), cancellationToken)
            ?? throw new NotFoundException("Account");
        DeskActs.EnsureNotTheirOwn(command.StaffUserId, account.UserId);
        var now = clock.GetUtcNow();
        var type = Enum.Parse<PrivacyRequestType>(command.Type, ignoreCase: true);
        var request = PrivacyRequest.ReceiveByEmail(account.UserId, type, command.Details?.Trim() ?? string.Empty, command.ReceivedAt.ToUniversalTime(), now);
        data.PrivacyRequests.Add(request);
        await mediator.AuditAsync(command.StaffUserId, request, "log-privacy-request", "Support staff logged the privacy request you sent by email.", cancellationToken);
        return DeskRequestMapper.ToDto(request, account.Email, now);
    }
}
