using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ListSessions;

internal sealed class ListSessionsQueryHandler(IAccountsData data, TimeProvider clock)
    : IQueryHandler<ListSessionsQuery, IReadOnlyList<SessionDto>>
{
    public async ValueTask<IReadOnlyList<SessionDto>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await data.Sessions
            .AsNoTracking()
            .Where(s => s.UserId == query.UserId && s.RevokedAt == null && s.ExpiresAt > now)
            .OrderByDescending(s => s.CreatedAt)
            // Not Mapster: whether a session is the caller's own comes from the query, not from the row.
            .Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastSeenAt, s.IpAddress, s.UserAgent, s.Id == query.CurrentSessionId))
            .ToListAsync(cancellationToken);
    }
}
