using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.HoldCreditsForDispute;

internal sealed class HoldCreditsForDisputeCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<HoldCreditsForDisputeCommand>
{
    public async ValueTask<Unit> Handle(HoldCreditsForDisputeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await data.CreditAccounts.FirstOrDefaultAsync(a => a.UserId == command.UserId, cancellationToken);
        if (account is null)
        {
            account = CreditAccount.Open(command.UserId, now);
            data.CreditAccounts.Add(account);
        }

        account.HoldForDispute(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
