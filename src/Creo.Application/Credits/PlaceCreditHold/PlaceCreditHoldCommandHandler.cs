using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.PlaceCreditHold;

internal sealed class PlaceCreditHoldCommandHandler(
    ICreditsData data, IUnitOfWork unitOfWork, IHoldAtCommit holdAtCommit, IDatabaseErrors databaseErrors, TimeProvider clock)
    : ICommandHandler<PlaceCreditHoldCommand>
{
    public async ValueTask<Unit> Handle(PlaceCreditHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = CreditEntry.Hold(command.UserId, command.Amount, command.HoldKey, command.GenerationId, command.Reason, clock.GetUtcNow());
        if (holdAtCommit.IsAvailable)
        {
            // No round trip now: the database places or refuses the hold in the commit's own, and a refusal fails the commit.
            holdAtCommit.Place(hold, refusal => refusal == HoldRefusal.Disputed ? DisputeHolds.Refusal() : NotEnoughCredits(command.Amount));
            return Unit.Value;
        }

        // One read for all three questions: is this hold already placed, is the account held for a disputed payment,
        // and what is the balance? A plain read turns the usual shortfall away without a failed write; the database's
        // check constraint still decides the races this read cannot see.
        var account = await ReadAccountAsync(command.UserId, hold.SourceKey, cancellationToken);
        if (account is { AlreadyHeld: true })
        {
            return Unit.Value;
        }

        if (account is null || account.Balance < command.Amount)
        {
            throw NotEnoughCredits(command.Amount);
        }

        data.CreditEntries.Add(hold);
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

    /// <summary>
    /// The account as this hold sees it, null when there is none. A hold not yet placed on an account held for a
    /// disputed payment is refused here ("buy with a stolen card, generate, charge back": while a payment is disputed
    /// nothing more is spent).
    /// </summary>
    private async Task<AccountState?> ReadAccountAsync(Guid userId, string sourceKey, CancellationToken cancellationToken)
    {
        var account = await data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new AccountState(a.Balance, a.DisputeHoldSince != null, data.CreditEntries.Any(e => e.SourceKey == sourceKey)))
            .FirstOrDefaultAsync(cancellationToken);
        if (account is { AlreadyHeld: false, Disputed: true })
        {
            throw DisputeHolds.Refusal();
        }

        return account;
    }

    private static PaymentRequiredException NotEnoughCredits(long amount) =>
        new("insufficient-credits", $"This costs {amount} credits, more than your balance. Nothing was charged.");

    private sealed record AccountState(long Balance, bool Disputed, bool AlreadyHeld);
}
