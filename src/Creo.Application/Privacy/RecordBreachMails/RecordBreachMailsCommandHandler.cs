namespace Creo.Application.Privacy.RecordBreachMails;

internal sealed class RecordBreachMailsCommandHandler(IPrivacyData data, TimeProvider clock)
    : ICommandHandler<RecordBreachMailsCommand, int>
{
    public async ValueTask<int> Handle(RecordBreachMailsCommand command, CancellationToken cancellationToken)
    {
        var ids = command.UserIds.Distinct().ToList();
        var rows = await data.BreachNotifications
            .Where(n => n.BreachId == command.BreachId && ids.Contains(n.UserId) && n.MailedAt == null)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            row.Mailed(now);
        }

        return rows.Count;
    }
}
