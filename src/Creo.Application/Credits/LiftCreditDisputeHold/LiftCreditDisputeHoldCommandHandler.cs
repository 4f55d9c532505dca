using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.LiftCreditDisputeHold;

internal sealed class LiftCreditDisputeHoldCommandHandler(ICreditsData data, IUnitOfWork unitOfWork) : ICommandHandler<LiftCreditDisputeHoldCommand, bool>
{
    public async ValueTask<bool> Handle(LiftCreditDisputeHoldCommand command, CancellationToken cancellationToken)
    {
        var account = await data.CreditAccounts.FirstOrDefaultAsync(a => a.UserId == command.UserId, cancellationToken);
        if (account is null || !account.LiftDisputeHold())
        {
            return false;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
