using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.ReverseCredits;

internal sealed class ReverseCreditsCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ReverseCreditsCommand, long>
{
    public async ValueTask<long> Handle(ReverseCreditsCommand command, CancellationToken cancellationToken)
    {
        if (await data.CreditEntries.AnyAsync(e => e.SourceKey == command.SourceKey, cancellationToken))
        {
            return 0;
        }

        // What was already spent stays spent: the balance bounds what can come back.
        var balance = await CreditBalances.ReadAsync(data, command.UserId, cancellationToken) ?? 0;
        var taken = Math.Min(command.Amount, balance);
        if (taken == 0)
        {
            return 0;
        }

        data.CreditEntries.Add(CreditEntry.Adjust(command.UserId, -taken, command.Reason, command.SourceKey, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return taken;
    }
}
