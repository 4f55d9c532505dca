using Creo.Application.Common.Mail;
namespace Creo.Application.Accounts.StartEmailSignIn;

internal sealed class StartEmailSignInCommandHandler(IAccountsData data, IMailSender mail, TimeProvider clock)
    : ICommandHandler<StartEmailSignInCommand>
{
    /// <summary>Links one address may be sent per token lifetime; more is a mail bomb, not a person.</summary>
    internal const int MaxLinksPerAddress = 5;

    public async ValueTask<Unit> Handle(StartEmailSignInCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = User.NormalizeEmail(command.Email);

        // The same for every address, registered or not, so the limit reveals nothing about accounts.
        var since = now - SignInToken.Lifetime;
        if (await data.SignInTokens.CountAsync(t => t.Email == email && t.CreatedAt > since, cancellationToken) >= MaxLinksPerAddress)
        {
            throw new TooManyRequestsException("sign-in-rate-limited", "Too many sign-in links were asked for this address. Wait a few minutes and try again.");
        }

        var (token, hash) = SecureTokens.Create();
        data.SignInTokens.Add(SignInToken.Issue(email, hash, now));
        var link = $"{command.LinkBaseUrl.TrimEnd('/')}/api/auth/email/verify?token={Uri.EscapeDataString(token)}";
        await mail.SendAsync(
            MailTemplate.Compose(
                email,
                "Your Crëo sign-in link",
                """
                Hello,

                Open this link to sign in to Crëo. It works once, for the next 15 minutes:

                {{link:signIn|Sign in to Crëo}}

                If you did not ask for it, ignore this mail: nobody can sign in without the link.

                — Crëo
                """,
                new Dictionary<string, string> { ["signIn"] = link },
                command.LinkBaseUrl),
            cancellationToken);
        return Unit.Value;
    }
}
