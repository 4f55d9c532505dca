using Creo.Application.Accounts.Contracts;
using Creo.Application.Common.RequestLogs;

namespace Creo.Application.Accounts.EraseAccount;

internal sealed class EraseAccountCommandHandler(IAccountsData data, IRequestLogData requestLog) : ICommandHandler<EraseAccountCommand, AccountErasureDto>
{
    public async ValueTask<AccountErasureDto> Handle(EraseAccountCommand command, CancellationToken cancellationToken)
    {
        var id = command.UserId;
        var email = await data.Users.Where(u => u.Id == id).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);

        // Requests are logged under the account that made them; they go now rather than when their 30 days are up.
        var logged = await requestLog.RequestLogs.DeleteInBatchesAsync(e => e.UserId == id, e => e.Id, cancellationToken);

        // Sign-in links are keyed by address, not by account: a link asked for and never opened names the person too.
        var links = email is null ? 0 : await data.SignInTokens.Where(t => t.Email == email).ExecuteDeleteAsync(cancellationToken);
        // The staff audit log stays accountable for what staff did, but no longer says to whom.
        await data.StaffAuditEntries.Where(e => e.SubjectUserId == id)
            .ExecuteUpdateAsync(entry => entry.SetProperty(e => e.SubjectUserId, (Guid?)null), cancellationToken);
        var records = links
            + await data.Sessions.Where(s => s.UserId == id).ExecuteDeleteAsync(cancellationToken)
            + await data.KnownDevices.Where(d => d.UserId == id).ExecuteDeleteAsync(cancellationToken)
            + await data.PolicyAcceptances.Where(a => a.UserId == id).ExecuteDeleteAsync(cancellationToken)
            + await data.SecurityEvents.Where(e => e.UserId == id).ExecuteDeleteAsync(cancellationToken)
            + await data.Users.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
        return new AccountErasureDto(records, logged);
    }
}
