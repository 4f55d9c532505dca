using Creo.Application.Accounts.GetAccountEmails;

namespace Creo.Application.Privacy.ListDeskRequests;

internal sealed class ListDeskRequestsQueryHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : IQueryHandler<ListDeskRequestsQuery, IReadOnlyList<DeskRequestDto>>
{
    public async ValueTask<IReadOnlyList<DeskRequestDto>> Handle(ListDeskRequestsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requests = await Ordered(Filtered(data.PrivacyRequests.AsNoTracking(), query.Status, now), query.Status)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var emails = await mediator.Send(new GetAccountEmailsQuery([.. requests.Select(r => r.UserId)]), cancellationToken);
        return [.. requests.Select(r => DeskRequestMapper.ToDto(r, emails.GetValueOrDefault(r.UserId), now))];
    }

    private static IQueryable<PrivacyRequest> Filtered(IQueryable<PrivacyRequest> requests, string status, DateTimeOffset now) => status switch
    {
        DeskRequestFilter.Open => requests.Where(r => r.CompletedAt == null),
        DeskRequestFilter.Overdue => requests.Where(r => r.CompletedAt == null && r.DueAt < now),
        DeskRequestFilter.Completed => requests.Where(r => r.CompletedAt != null),
        _ => requests,
    };

    // Unanswered by due date puts the overdue first, oldest due first, then the rest by how soon they fall due.
    private static IQueryable<PrivacyRequest> Ordered(IQueryable<PrivacyRequest> requests, string status) => status switch
    {
        DeskRequestFilter.Completed => requests.OrderByDescending(r => r.CompletedAt).ThenBy(r => r.Id),
        DeskRequestFilter.All => requests.OrderBy(r => r.CompletedAt == null ? 0 : 1).ThenByDescending(r => r.CompletedAt).ThenBy(r => r.DueAt).ThenBy(r => r.Id),
        _ => requests.OrderBy(r => r.DueAt).ThenBy(r => r.Id),
    };
}
