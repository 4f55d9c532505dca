using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.CloseAccountForErasure;

internal sealed class CloseAccountForErasureCommandHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<CloseAccountForErasureCommand, AccountContactDto?>
{
    public async ValueTask<AccountContactDto?> Handle(CloseAccountForErasureCommand command, CancellationToken cancellationToken)
    {
        var user = await data.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        user.CloseForErasure();
        foreach (var session in await data.Sessions.Where(s => s.UserId == user.Id && s.RevokedAt == null).ToListAsync(cancellationToken))
        {
            session.Revoke(now);
        }

        return new AccountContactDto(user.Email, user.Name);
    }
}
