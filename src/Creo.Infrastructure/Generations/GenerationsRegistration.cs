using Creo.Application.Generations;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Local;
using Creo.Application.Generations.Thumbnails;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Infrastructure.Generations.Thumbnails;

namespace Creo.Infrastructure.Generations;

internal static class GenerationsRegistration
{
    /// <summary>The model catalog and the providers behind it: local models always, hosted ones when configured.</summary>
    public static IServiceCollection AddCreoGenerations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GenerationsOptions>(configuration.GetSection(GenerationsOptions.Section));
        services.AddSingleton<IOutputLinks, OutputLinks>();
        services.AddSingleton<IThumbnailMaker, SkiaThumbnailMaker>();
        services.AddCreoLocalGeneration(configuration);
        services.AddCreoReplicate(configuration);

        var replicate = configuration.GetSection(ReplicateOptions.Section).Get<ReplicateOptions>() ?? new ReplicateOptions();
        var preferred = configuration.GetValue(GenerationsOptions.Section + ":Provider", ProviderNames.Local);
        if (string.Equals(preferred, ProviderNames.Replicate, StringComparison.OrdinalIgnoreCase) && !replicate.IsConfigured)
        {
            throw new InvalidOperationException("Generation__Provider=Replicate needs Replicate__ApiToken.");
        }

        IEnumerable<ModelDefinition> hosted = replicate.IsConfigured ? replicate.ModelDefinitions() : [];
        services.AddSingleton<IModelCatalog>(new ModelCatalog([.. LocalModels.All, .. hosted]));
        return services;
    }
}
