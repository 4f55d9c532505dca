using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.AuthenticateSession;

internal sealed class AuthenticateSessionCommandHandler(IAccountsData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<AuthenticateSessionCommand, SessionPrincipal?>
{
    public async ValueTask<SessionPrincipal?> Handle(AuthenticateSessionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SecureTokens.Hash(command.Token);
        var found = await (
            from session in data.Sessions
            where session.TokenHash == hash
            join user in data.Users on session.UserId equals user.Id
            select new { session, user }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !found.session.IsActiveAt(now) || !found.user.CanSignIn)
        {
            return null;
        }

        if (found.session.NeedsTouchAt(now))
        {
            found.session.Touch(command.Client, now);
        }

        var onboardingRequired = await OnboardingProbe.IsRequiredAsync(data, mediator, found.user, cancellationToken);
        return new SessionPrincipal(found.user.Id, found.session.Id, found.user.Email, found.user.Roles, onboardingRequired);
    }
}
