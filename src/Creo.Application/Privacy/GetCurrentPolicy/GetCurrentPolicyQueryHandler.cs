using Creo.Application.Privacy.Contracts;
using Mapster;

namespace Creo.Application.Privacy.GetCurrentPolicy;

internal sealed class GetCurrentPolicyQueryHandler(IPrivacyData data, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<GetCurrentPolicyQuery, PolicyVersionDto>
{
    public async ValueTask<PolicyVersionDto> Handle(GetCurrentPolicyQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await data.PolicyVersions
            .AsNoTracking()
            .Where(p => p.EffectiveAt <= now)
            .OrderByDescending(p => p.Version)
            .ProjectToType<PolicyVersionDto>(mapping)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("A policy in force");
    }
}
