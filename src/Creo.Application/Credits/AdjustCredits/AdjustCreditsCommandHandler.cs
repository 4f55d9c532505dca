using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.AdjustCredits;

internal sealed class AdjustCreditsCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<AdjustCreditsCommand, long>
{
    public async ValueTask<long> Handle(AdjustCreditsCommand command, CancellationToken cancellationToken)
    {
        var balance = await CreditBalances.ReadAsync(data, command.UserId, cancellationToken) ?? throw new NotFoundException("Credit account");
        if (await data.CreditEntries.AnyAsync(e => e.SourceKey == command.SourceKey, cancellationToken))
        {
            return balance;
        }

        // The database refuses a negative balance too; saying so first gives staff a clear answer instead of an error.
        if (balance + command.Amount < 0)
        {
            throw new DomainException("balance-too-low", $"The balance is {balance}; at most {balance} credits can be taken back.");
        }

        data.CreditEntries.Add(CreditEntry.Adjust(command.UserId, command.Amount, command.Reason.Trim(), command.SourceKey, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await CreditBalances.ReadAsync(data, command.UserId, cancellationToken) ?? 0;
    }
}
