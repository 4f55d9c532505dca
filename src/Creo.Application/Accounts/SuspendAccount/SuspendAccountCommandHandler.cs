namespace Creo.Application.Accounts.SuspendAccount;

internal sealed class SuspendAccountCommandHandler(IAccountsData data, StaffAudit audit, TimeProvider clock) : ICommandHandler<SuspendAccountCommand>
{
    public async ValueTask<Unit> Handle(SuspendAccountCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);
        user.Suspend();
        foreach (var session in await data.Sessions.Where(s => s.UserId == user.Id && s.RevokedAt == null).ToListAsync(cancellationToken))
        {
            session.Revoke(now);
        }

        audit.Record(command.Staff.UserId, user.Id, "suspend", command.Reason, "Support staff suspended your account.");
        return Unit.Value;
    }
}
