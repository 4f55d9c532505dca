using Creo.Application.Generations;
using Creo.Application.Generations.Catalog;
using Creo.Infrastructure.Generations.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Generations;

internal static class GenerationsRegistration
{
    /// <summary>The model catalog and the providers behind it: local models always, hosted ones when configured.</summary>
    public static IServiceCollection AddCreoGenerations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GenerationsOptions>(configuration.GetSection(GenerationsOptions.Section));
        services.AddSingleton<IOutputLinks, OutputLinks>();
        services.AddCreoLocalGeneration();
        services.AddSingleton<IModelCatalog>(new ModelCatalog(LocalModels.All));
        return services;
    }
}
