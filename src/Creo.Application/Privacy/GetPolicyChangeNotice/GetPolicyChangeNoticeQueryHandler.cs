using Creo.Application.Accounts.GetAcceptedPolicyVersion;

namespace Creo.Application.Privacy.GetPolicyChangeNotice;

internal sealed class GetPolicyChangeNoticeQueryHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : IQueryHandler<GetPolicyChangeNoticeQuery, PolicyChangeNoticeDto?>
{
    public async ValueTask<PolicyChangeNoticeDto?> Handle(GetPolicyChangeNoticeQuery query, CancellationToken cancellationToken)
    {
        var latestMaterial = await data.PolicyVersions.AsNoTracking()
            // The first version is the policy itself, not a change to it.
            .Where(p => p.Material && p.Version > 1)
            .OrderByDescending(p => p.Version)
            .Select(p => new { p.Version, p.EffectiveAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (latestMaterial is null)
        {
            return null;
        }

        // Not Mapster: whether a notice is due, and whether the change is in force, are computed here.
        var accepted = await mediator.Send(new GetAcceptedPolicyVersionQuery(query.UserId), cancellationToken);
        return latestMaterial.Version <= accepted
            ? null
            : new PolicyChangeNoticeDto(latestMaterial.Version, latestMaterial.EffectiveAt, latestMaterial.EffectiveAt <= clock.GetUtcNow());
    }
}
