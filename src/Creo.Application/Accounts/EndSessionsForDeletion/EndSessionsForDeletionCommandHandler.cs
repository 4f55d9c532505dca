using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.EndSessionsForDeletion;

internal sealed class EndSessionsForDeletionCommandHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<EndSessionsForDeletionCommand, int>
{
    public async ValueTask<int> Handle(EndSessionsForDeletionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await data.Sessions.Where(s => s.UserId == command.UserId && s.RevokedAt == null).ToListAsync(cancellationToken);
        open.ForEach(session => session.Revoke(now));
        data.SecurityEvents.Add(SecurityEvent.Record(
            command.UserId, SecurityEventKind.DeletionRequested, null, $"Account deletion requested; {open.Count} session(s) ended.", now));
        return open.Count;
    }
}
