using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.Sessions;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
using Creo.Domain.Accounts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.VerifyEmailSignIn;

internal sealed class VerifyEmailSignInCommandHandler(IAccountsData data, SessionIssuer sessions, IMediator mediator, TimeProvider clock)
    : ICommandHandler<VerifyEmailSignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(VerifyEmailSignInCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SecureTokens.Hash(command.Token);
        var link = await data.SignInTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (link is null || !link.CanBeRedeemedAt(now))
        {
            throw new InvalidInputException("sign-in-link-invalid", "This sign-in link is used, expired or not valid. Ask for a new one.");
        }

        link.Redeem(now);
        var user = await data.Users.FirstOrDefaultAsync(u => u.Email == link.Email, cancellationToken);
        if (user is null)
        {
            user = User.Register(link.Email, name: null, avatarUrl: null, AuthMethod.Email, now);
            data.Users.Add(user);
            await mediator.Send(new GrantStarterCreditsCommand(user.Id), cancellationToken);
        }

        return await sessions.SignInAsync(user, command.Client, cancellationToken);
    }
}
