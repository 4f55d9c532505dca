using Creo.Application.Credits.AdjustCredits;
using Creo.Application.Credits.Contracts;

namespace Creo.Application.Accounts.AdjustAccountCredits;

internal sealed class AdjustAccountCreditsCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit, IOptions<StaffOptions> options, TimeProvider clock)
    : ICommandHandler<AdjustAccountCreditsCommand, long>
{
    public async ValueTask<long> Handle(AdjustAccountCreditsCommand command, CancellationToken cancellationToken)
    {
        if (!command.Staff.IsAdmin)
        {
            await EnsureWithinSupportLimitsAsync(command, cancellationToken);
        }

        await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);

        var balance = await mediator.Send(
            new AdjustCreditsCommand(command.UserId, command.Amount, command.Reason.Trim(), $"staff-adjustment:{command.UserId:N}:{command.OperationId}"), cancellationToken);
        audit.Record(command.Staff.UserId, command.UserId, "adjust-credits", command.Reason, $"{command.Amount:+#;-#} credits.", command.Amount);
        return balance;
    }

    private async Task EnsureWithinSupportLimitsAsync(AdjustAccountCreditsCommand command, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var amount = Math.Abs(command.Amount);
        if (amount > limits.SupportCreditCorrectionLimit)
        {
            throw new ForbiddenException(
                "credit-correction-needs-admin", $"Support corrects at most {limits.SupportCreditCorrectionLimit} credits at once; ask an admin for a larger correction.");
        }

        // A write to the staff member's own row, first in the transaction: it holds that row (PostgreSQL) or the
        // database (SQLite) until the commit, so corrections sent at once are counted one after the other instead of
        // each against the same total. It changes nothing.
        var staffId = command.Staff.UserId;
        await data.Users.Where(u => u.Id == staffId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Roles, x => x.Roles), cancellationToken);
        var since = clock.GetUtcNow().AddDays(-1);
        var corrected = await data.StaffAuditEntries
            .Where(e => e.StaffUserId == staffId && e.Credits != null && e.OccurredAt > since)
            .Select(e => e.Credits!.Value)
            .ToListAsync(cancellationToken);
        if (corrected.Sum(Math.Abs) + amount > limits.SupportDailyCreditLimit)
        {
            throw new ForbiddenException(
                "daily-credit-limit", $"Support corrects at most {limits.SupportDailyCreditLimit} credits in 24 hours; ask an admin for this one.");
        }
    }
}
