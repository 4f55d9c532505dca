
namespace Creo.Application.Accounts.PreviewEmailSignIn;

internal sealed class PreviewEmailSignInQueryHandler(IAccountsData data, TimeProvider clock) : IQueryHandler<PreviewEmailSignInQuery, string?>
{
    public async ValueTask<string?> Handle(PreviewEmailSignInQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.Token) || query.Token.Length > VerifyEmailSignIn.VerifyEmailSignInCommandValidator.MaxTokenLength)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var hash = SecureTokens.Hash(query.Token);
        return await data.SignInTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .Select(t => t.Email)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
