using Creo.Application.Credits.LiftCreditDisputeHold;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.LiftDisputeHold;

internal sealed class LiftDisputeHoldCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit) : ICommandHandler<LiftDisputeHoldCommand>
{
    public async ValueTask<Unit> Handle(LiftDisputeHoldCommand command, CancellationToken cancellationToken)
    {
        await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);

        if (!await mediator.Send(new LiftCreditDisputeHoldCommand(command.UserId), cancellationToken))
        {
            throw new DomainException("no-dispute-hold", "This account has no disputed payment on hold; there is nothing to lift.");
        }

        audit.Record(command.Staff.UserId, command.UserId, "lift-dispute-hold", command.Reason, "Support staff reviewed a disputed payment and lifted the hold on your account.");
        return Unit.Value;
    }
}
