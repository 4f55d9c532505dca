using Mapster;

namespace Creo.Application.Common.Mapping;

/// <summary>
/// The one Mapster configuration: each module declares its maps in an <see cref="IRegister"/> beside its code.
/// Only declared pairs map, and a DTO member nothing fills is an error when the map compiles, so a field added to
/// a DTO without a source fails the mapping test instead of reaching clients as null.
/// </summary>
public static class MappingConfig
{
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig
        {
            RequireExplicitMapping = true,
            RequireDestinationMemberSource = true,
        };
        config.Scan(typeof(MappingConfig).Assembly);
        return config;
    }
}
