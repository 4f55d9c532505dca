
namespace Creo.Application.Privacy.GetBreachNotice;

internal sealed class GetBreachNoticeQueryHandler(IPrivacyData data) : IQueryHandler<GetBreachNoticeQuery, BreachNoticeDto?>
{
    public async ValueTask<BreachNoticeDto?> Handle(GetBreachNoticeQuery query, CancellationToken cancellationToken) =>
        await (from notification in data.BreachNotifications.AsNoTracking()
               join breach in data.Breaches.AsNoTracking() on notification.BreachId equals breach.Id
               where notification.UserId == query.UserId && notification.DismissedAt == null
               orderby breach.RecordedAt descending, breach.Id descending
               // Not Mapster: the notice joins two rows, which a projection of one entity cannot name.
               select new BreachNoticeDto(breach.Id, breach.Message, breach.RecordedAt))
            .FirstOrDefaultAsync(cancellationToken);
}
