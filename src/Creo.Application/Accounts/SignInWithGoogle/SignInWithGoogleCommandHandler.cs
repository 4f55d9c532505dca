using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.Sessions;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.SignInWithGoogle;

internal sealed class SignInWithGoogleCommandHandler(IAccountsData data, SessionIssuer sessions, IMediator mediator, TimeProvider clock)
    : ICommandHandler<SignInWithGoogleCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(SignInWithGoogleCommand command, CancellationToken cancellationToken)
    {
        var email = User.NormalizeEmail(command.Email);
        var user = await data.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (user is null)
        {
            user = User.Register(email, command.Name, command.AvatarUrl, AuthMethod.Google, clock.GetUtcNow());
            data.Users.Add(user);
            await mediator.Send(new GrantStarterCreditsCommand(user.Id), cancellationToken);
        }
        else if (user.AuthMethod == AuthMethod.Google)
        {
            user.RefreshGoogleProfile(command.AvatarUrl);
        }

        return await sessions.SignInAsync(user, command.Client, cancellationToken);
    }
}
