using Mapster;

namespace Creo.Application.Tests.Common.Planted;

/// <summary>A source that has no <see cref="PlantedDto.Added"/>: the member a DTO gains without a map to fill it.</summary>
public sealed class PlantedSource
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";
}

public sealed record PlantedDto(Guid Id, string Name, string Added);

/// <summary>Declares the pair as a module would, and forgets the new member.</summary>
public sealed class PlantedMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<PlantedSource, PlantedDto>();
}
