using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.PlaceCreditHold;

internal sealed class PlaceCreditHoldCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, IDatabaseErrors databaseErrors, TimeProvider clock)
    : ICommandHandler<PlaceCreditHoldCommand>
{
    public async ValueTask<Unit> Handle(PlaceCreditHoldCommand command, CancellationToken cancellationToken)
    {
        var sourceKey = CreditSourceKeys.HoldOf(command.HoldKey);

        // One read for all three questions: is this hold already placed, is the account held for a disputed payment,
        // and what is the balance? A plain read turns the usual shortfall away without a failed write; the database's
        // check constraint still decides the races this read cannot see.
        var account = await data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == command.UserId)
            .Select(a => new { a.Balance, a.DisputeHoldSince, AlreadyHeld = data.CreditEntries.Any(e => e.SourceKey == sourceKey) })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is { AlreadyHeld: true })
        {
            return Unit.Value;
        }

        // "Buy with a stolen card, generate, charge back": while a payment is disputed nothing more is spent.
        if (account is { DisputeHoldSince: not null })
        {
            throw DisputeHolds.Refusal();
        }

        if (account is null || account.Balance < command.Amount)
        {
            throw NotEnoughCredits(command.Amount);
        }

        data.CreditEntries.Add(CreditEntry.Hold(command.UserId, command.Amount, command.HoldKey, command.GenerationId, command.Reason, clock.GetUtcNow()));
        try
        {
            // Saved now, not at the end of the command: the database decides here whether the credits are there.
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (databaseErrors.IsViolationOf(exception, CreditConstraints.NonNegativeBalance))
        {
            throw NotEnoughCredits(command.Amount);
        }

        return Unit.Value;
    }

    private static PaymentRequiredException NotEnoughCredits(long amount) =>
        new("insufficient-credits", $"This costs {amount} credits, more than your balance. Nothing was charged.");
}
