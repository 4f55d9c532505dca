using Creo.Application.Accounts.ListStaffAudit;
using Creo.Application.Credits.GetCredits;

namespace Creo.Application.Accounts.ReadAccountActivity;

internal sealed class ReadAccountActivityCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit)
    : ICommandHandler<ReadAccountActivityCommand, AccountActivityDto>
{
    public const int Limit = 50;

    public async ValueTask<AccountActivityDto> Handle(ReadAccountActivityCommand command, CancellationToken cancellationToken)
    {
        if (!await data.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("Account");
        }

        var credits = await mediator.Send(new GetCreditsQuery(command.UserId, Limit, null), cancellationToken);
        var acts = await mediator.Send(new ListStaffAuditQuery(Limit, command.UserId), cancellationToken);
        audit.Record(command.StaffUserId, command.UserId, "read-activity", command.Reason, "Support staff viewed your credit history and what staff did on your account.");
        return new AccountActivityDto(credits.Entries, credits.NextCursor is not null, acts);
    }
}
