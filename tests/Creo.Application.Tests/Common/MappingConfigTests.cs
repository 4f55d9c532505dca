using Creo.Application.Common.Mapping;
using Creo.Application.Tests.Common.Planted;
using Mapster;

namespace Creo.Application.Tests.Common;

/// <summary>
/// Every declared map, in memory and as an EF projection, compiles with a source for each DTO member; a DTO that
/// gains a member nothing fills, or a pair nobody declared, fails here rather than sending clients a null.
/// </summary>
public sealed class MappingConfigTests
{
    [Fact]
    public void Every_declared_map_and_projection_compiles()
    {
        var config = MappingConfig.Create();

        config.Compile();
        config.CompileProjection();
    }

    [Fact]
    public void A_dto_member_with_no_source_fails_the_map()
    {
        var config = MappingConfig.Create();
        new PlantedMapping().Register(config);

        var error = Assert.ThrowsAny<Exception>(() => config.Compile());

        Assert.Contains(nameof(PlantedDto.Added), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dto_member_with_no_source_fails_the_projection()
    {
        var config = MappingConfig.Create();
        new PlantedMapping().Register(config);

        var error = Assert.ThrowsAny<Exception>(() => config.CompileProjection());

        Assert.Contains(nameof(PlantedDto.Added), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_nobody_declared_does_not_map()
    {
        var config = MappingConfig.Create();

        Assert.ThrowsAny<Exception>(() => new PlantedSource { Id = Guid.NewGuid(), Name = "n" }.Adapt<PlantedDto>(config));
    }
}
