namespace Creo.Application.Accounts.RevokeSession;

internal sealed class RevokeSessionCommandHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<RevokeSessionCommand>
{
    public async ValueTask<Unit> Handle(RevokeSessionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // Scoped by owner in the query itself: another account's session id is "not found", never "forbidden".
        var session = await data.Sessions.FirstOrDefaultAsync(s => s.Id == command.SessionId && s.UserId == command.UserId, cancellationToken);
        if (session is null || !session.IsActiveAt(now))
        {
            throw new NotFoundException("Session");
        }

        session.Revoke(now);
        data.SecurityEvents.Add(SecurityEvent.Record(command.UserId, SecurityEventKind.SessionRevoked, command.Client, $"Ended the session of {session.UserAgent ?? "an unknown browser"}.", now));
        return Unit.Value;
    }
}
