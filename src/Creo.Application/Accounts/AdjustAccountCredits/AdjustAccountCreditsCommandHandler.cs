using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.AdjustAccountCredits;

internal sealed class AdjustAccountCreditsCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit) : ICommandHandler<AdjustAccountCreditsCommand, long>
{
    public async ValueTask<long> Handle(AdjustAccountCreditsCommand command, CancellationToken cancellationToken)
    {
        if (!await data.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("Account");
        }

        var balance = await mediator.Send(
            new AdjustCreditsCommand(command.UserId, command.Amount, command.Reason.Trim(), $"staff-adjustment:{command.UserId:N}:{command.OperationId}"), cancellationToken);
        audit.Record(command.StaffUserId, command.UserId, "adjust-credits", command.Reason, $"Support staff adjusted your credits by {command.Amount:+#;-#}.");
        return balance;
    }
}
