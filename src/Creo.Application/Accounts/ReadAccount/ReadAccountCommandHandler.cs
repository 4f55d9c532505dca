using Creo.Application.Billing.GetTier;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Billing.Contracts;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.ReadAccount;

internal sealed class ReadAccountCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit) : ICommandHandler<ReadAccountCommand, StaffAccountDto>
{
    public async ValueTask<StaffAccountDto> Handle(ReadAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await data.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("Account");
        var tier = await mediator.Send(new GetTierQuery(user.Id), cancellationToken);
        var balance = await mediator.Send(new GetCreditBalanceQuery(user.Id), cancellationToken);
        audit.Record(command.StaffUserId, user.Id, StaffAudit.ReadAccount, command.Reason, "Support staff viewed your account.");
        return StaffAccountMapper.ToDto(user, tier, balance);
    }
}
