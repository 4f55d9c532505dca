using Creo.Application.Accounts.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.GetSecurityLog;

internal sealed class GetSecurityLogQueryHandler(IAccountsData data) : IQueryHandler<GetSecurityLogQuery, IReadOnlyList<SecurityEventDto>>
{
    public async ValueTask<IReadOnlyList<SecurityEventDto>> Handle(GetSecurityLogQuery query, CancellationToken cancellationToken)
    {
        var events = await data.SecurityEvents
            .AsNoTracking()
            .Where(e => e.UserId == query.UserId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(query.Limit, 1, 500))
            .ToListAsync(cancellationToken);
        return events.Select(e => new SecurityEventDto(e.Id, KindName(e.Kind), e.OccurredAt, e.IpAddress, e.UserAgent, e.Detail)).ToList();
    }

    /// <summary><c>SignedIn</c> → <c>signed-in</c>: stable, readable names for clients.</summary>
    private static string KindName(Creo.Domain.Accounts.SecurityEventKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
