using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.GetRequiredPolicyVersion;

internal sealed class GetRequiredPolicyVersionQueryHandler(IPrivacyData data, TimeProvider clock)
    : IQueryHandler<GetRequiredPolicyVersionQuery, int>
{
    public async ValueTask<int> Handle(GetRequiredPolicyVersionQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var latestMaterial = await data.PolicyVersions
            .Where(p => p.Material && p.EffectiveAt <= now)
            .MaxAsync(p => (int?)p.Version, cancellationToken);
        return Math.Max(1, latestMaterial ?? 1);
    }
}
