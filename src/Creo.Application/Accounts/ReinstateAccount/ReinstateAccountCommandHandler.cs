namespace Creo.Application.Accounts.ReinstateAccount;

internal sealed class ReinstateAccountCommandHandler(IAccountsData data, StaffAudit audit) : ICommandHandler<ReinstateAccountCommand>
{
    public async ValueTask<Unit> Handle(ReinstateAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);
        user.Reinstate();
        audit.Record(command.Staff.UserId, user.Id, "reinstate", command.Reason, "Support staff lifted the suspension of your account.");
        return Unit.Value;
    }
}
