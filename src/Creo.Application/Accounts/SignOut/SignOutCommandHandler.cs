namespace Creo.Application.Accounts.SignOut;

internal sealed class SignOutCommandHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<SignOutCommand>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = await data.Sessions.FirstOrDefaultAsync(s => s.Id == command.SessionId && s.UserId == command.UserId, cancellationToken);
        if (session is { RevokedAt: null })
        {
            session.Revoke(now);
            data.SecurityEvents.Add(SecurityEvent.Record(command.UserId, SecurityEventKind.SignedOut, command.Client, null, now));
        }

        return Unit.Value;
    }
}
