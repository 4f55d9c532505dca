using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.CaptureCreditHold;

internal sealed class CaptureCreditHoldCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CaptureCreditHoldCommand, bool>
{
    public async ValueTask<bool> Handle(CaptureCreditHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = await HoldSettlement.FindHoldAsync(data, command.HoldKey, cancellationToken)
            ?? throw new DomainException("hold-not-found", "There is no hold to capture.");
        if (await HoldSettlement.IsSettledAsync(data, command.HoldKey, cancellationToken))
        {
            return false;
        }

        data.CreditEntries.Add(CreditEntry.Capture(hold, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
