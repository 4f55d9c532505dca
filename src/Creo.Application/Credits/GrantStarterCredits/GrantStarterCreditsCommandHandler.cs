using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GrantStarterCredits;

internal sealed class GrantStarterCreditsCommandHandler(ICreditsData data, IUnitOfWork unitOfWork, IOptions<CreditsOptions> options, TimeProvider clock)
    : ICommandHandler<GrantStarterCreditsCommand>
{
    public async ValueTask<Unit> Handle(GrantStarterCreditsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await data.CreditAccounts.AnyAsync(a => a.UserId == command.UserId, cancellationToken))
        {
            data.CreditAccounts.Add(CreditAccount.Open(command.UserId, now));
        }

        // The source key is unique per person, so this grants once however often it is sent.
        var sourceKey = CreditSourceKeys.StarterGrantOf(command.UserId);
        var grant = options.Value.StarterGrant;
        if (grant > 0 && !await data.CreditEntries.AnyAsync(e => e.SourceKey == sourceKey, cancellationToken))
        {
            data.CreditEntries.Add(CreditEntry.Grant(command.UserId, CreditEntryKind.StarterGrant, grant, "Starter credits", sourceKey, now));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
