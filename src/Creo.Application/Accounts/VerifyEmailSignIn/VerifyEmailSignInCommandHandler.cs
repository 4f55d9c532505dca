using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.Sessions;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.VerifyEmailSignIn;

internal sealed class VerifyEmailSignInCommandHandler(IAccountsData data, SessionIssuer sessions, IMediator mediator, TimeProvider clock)
    : ICommandHandler<VerifyEmailSignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(VerifyEmailSignInCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SecureTokens.Hash(command.Token);

        // Spent by one conditional UPDATE, not read-then-write: of two requests with one token at once, the database
        // lets exactly one change the row, and the other sees it spent. A used, expired or unknown token changes nothing.
        var spent = await data.SignInTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (spent != 1)
        {
            throw new InvalidInputException("sign-in-link-invalid", "This sign-in link is used, expired or not valid. Ask for a new one.");
        }

        var email = await data.SignInTokens.Where(t => t.TokenHash == hash).Select(t => t.Email).SingleAsync(cancellationToken);
        var user = await data.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (user is null)
        {
            user = User.Register(email, name: null, avatarUrl: null, AuthMethod.Email, now);
            data.Users.Add(user);
            await mediator.Send(new GrantStarterCreditsCommand(user.Id), cancellationToken);
        }

        return await sessions.SignInAsync(user, command.Client, cancellationToken);
    }
}
