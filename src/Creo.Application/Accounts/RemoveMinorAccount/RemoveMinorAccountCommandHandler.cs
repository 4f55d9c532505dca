using Creo.Application.Common.Errors;
using Creo.Application.Privacy.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.RemoveMinorAccount;

internal sealed class RemoveMinorAccountCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit) : ICommandHandler<RemoveMinorAccountCommand>
{
    public async ValueTask<Unit> Handle(RemoveMinorAccountCommand command, CancellationToken cancellationToken)
    {
        if (!await data.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("Account");
        }

        // Written before the erasure, which detaches audit entries from the person it removes.
        audit.Record(command.StaffUserId, command.UserId, "remove-minor", command.Reason, "Support staff removed this account as a minor's.");
        await mediator.Send(new EraseAccountNowCommand(command.UserId), cancellationToken);
        return Unit.Value;
    }
}
