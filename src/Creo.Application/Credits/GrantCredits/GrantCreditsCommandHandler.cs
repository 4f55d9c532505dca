using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GrantCredits;

internal sealed class GrantCreditsCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, SubscriptionCreditExpiry expiry, TimeProvider clock)
    : ICommandHandler<GrantCreditsCommand, bool>
{
    public async ValueTask<bool> Handle(GrantCreditsCommand command, CancellationToken cancellationToken)
    {
        if (await data.CreditEntries.AnyAsync(e => e.SourceKey == command.SourceKey, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!await data.CreditAccounts.AnyAsync(a => a.UserId == command.UserId, cancellationToken))
        {
            data.CreditAccounts.Add(CreditAccount.Open(command.UserId, now));
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        // A new period's credits replace the last period's: what is left of those lapses first.
        if (command.Kind == CreditGrantKind.Subscription)
        {
            await expiry.ExpireLapsedAsync(command.UserId, cancellationToken);
        }

        var kind = command.Kind == CreditGrantKind.Subscription ? CreditEntryKind.SubscriptionGrant : CreditEntryKind.Purchase;
        data.CreditEntries.Add(CreditEntry.Grant(command.UserId, kind, command.Amount, command.Reason, command.SourceKey, now, command.ExpiresAt));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
