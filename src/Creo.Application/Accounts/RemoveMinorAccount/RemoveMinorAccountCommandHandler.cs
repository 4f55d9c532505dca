using Creo.Application.Privacy.EraseAccountNow;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Accounts.RemoveMinorAccount;

internal sealed class RemoveMinorAccountCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit, TimeProvider clock)
    : ICommandHandler<RemoveMinorAccountCommand, MinorRemovalDto>
{
    public async ValueTask<MinorRemovalDto> Handle(RemoveMinorAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);

        // Erasure cannot be undone, so one support account alone cannot make it happen: it files the report for an admin.
        if (!command.Staff.IsAdmin)
        {
            user.FileMinorRemoval(command.Staff.UserId, clock.GetUtcNow());
            audit.Record(command.Staff.UserId, user.Id, "file-remove-minor", command.Reason, "Support staff reported this account as a minor's; an admin will review it.");
            return new MinorRemovalDto(MinorRemovalDto.Pending);
        }

        // Written before the erasure, which detaches audit entries from the person it removes.
        audit.Record(command.Staff.UserId, user.Id, "remove-minor", command.Reason, "An admin removed this account as a minor's.");
        await mediator.Send(new EraseAccountNowCommand(user.Id), cancellationToken);
        return new MinorRemovalDto(MinorRemovalDto.Erasing);
    }
}
