using Creo.Application.Credits.Contracts;
using Mapster;

namespace Creo.Application.Credits;

/// <summary>The credits module's plain projections.</summary>
internal sealed class CreditsMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<CreditEntry, CreditEntryDto>().Map(d => d.Kind, s => KebabNames.Of(s.Kind));
}
