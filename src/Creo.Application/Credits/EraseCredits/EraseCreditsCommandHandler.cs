using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.EraseCredits;

internal sealed class EraseCreditsCommandHandler(ICreditsData data) : ICommandHandler<EraseCreditsCommand, int>
{
    public async ValueTask<int> Handle(EraseCreditsCommand command, CancellationToken cancellationToken)
    {
        // Entries are append-only against changes, not against erasure: the person's right to deletion wins.
        var entries = await data.CreditEntries.Where(e => e.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.CreditAccounts.Where(a => a.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        return entries;
    }
}
