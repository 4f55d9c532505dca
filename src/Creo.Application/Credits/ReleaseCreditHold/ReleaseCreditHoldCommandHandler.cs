using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.ReleaseCreditHold;

internal sealed class ReleaseCreditHoldCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ReleaseCreditHoldCommand, bool>
{
    public async ValueTask<bool> Handle(ReleaseCreditHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = await HoldSettlement.FindHoldAsync(data, command.HoldKey, cancellationToken);
        if (hold is null || await HoldSettlement.IsSettledAsync(data, command.HoldKey, cancellationToken))
        {
            return false;
        }

        data.CreditEntries.Add(CreditEntry.Release(hold, command.Reason, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
