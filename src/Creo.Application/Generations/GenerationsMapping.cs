using Creo.Application.Generations.Contracts;
using Mapster;

namespace Creo.Application.Generations;

/// <summary>The generations module's plain projections; <see cref="GenerationMapper"/> stays hand-written.</summary>
internal sealed class GenerationsMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Generation, GenerationHistoryItemDto>().Map(d => d.Status, s => KebabNames.Of(s.Status));
}
