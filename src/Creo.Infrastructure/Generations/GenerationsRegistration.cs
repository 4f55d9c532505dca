using Creo.Infrastructure.Settings;
using Creo.Application.Generations;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Local;
using Creo.Infrastructure.Generations.OpenAI;
using Creo.Infrastructure.Generations.Fal;
using Creo.Application.Generations.Providers.Health;
using Creo.Infrastructure.Generations.HostHealth;
using Creo.Application.Generations.Thumbnails;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Infrastructure.Generations.Thumbnails;
using Creo.Infrastructure.Generations.Videos;

namespace Creo.Infrastructure.Generations;

internal static class GenerationsRegistration
{
    /// <summary>The model catalog and the providers behind it: local models always, hosted ones when configured.</summary>
    public static IServiceCollection AddCreoGenerations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GenerationsOptions>(configuration.GetSection(GenerationsOptions.Section));
        services.AddSingleton<IOutputLinks, OutputLinks>();
        services.AddSingleton<IThumbnailMaker, SkiaThumbnailMaker>();
        services.AddCreoVideoPosters(configuration);
        services.AddOptions<HostBreakerOptions>().Bind(configuration.GetSection(HostBreakerOptions.Section));
        services.AddSingleton<IHostHealth, InMemoryHostHealth>();
        services.AddCreoLocalGeneration(configuration);
        services.AddCreoReplicate(configuration);
        services.AddCreoOpenAI(configuration);
        services.AddCreoFal(configuration);

        var replicate = configuration.GetSection(ReplicateOptions.Section).Get<ReplicateOptions>() ?? new ReplicateOptions();
        var preferred = configuration.GetValue(GenerationsOptions.Section + ":Provider", ProviderNames.Local);
        if (string.Equals(preferred, ProviderNames.Replicate, StringComparison.OrdinalIgnoreCase) && !replicate.IsConfigured)
        {
            throw SettingsRefusal.Of<GenerationsOptions>("Replicate__ApiToken must be set when Generation__Provider=replicate; got nothing.");
        }

        IEnumerable<ModelDefinition> hosted = replicate.IsConfigured ? HostedModels(replicate) : [];
        var fal = configuration.GetSection(FalOptions.Section).Get<FalOptions>() ?? new FalOptions();
        IEnumerable<ModelDefinition> onFal = fal.IsConfigured ? FalModels(fal) : [];
        var configured = new ModelCatalog([.. LocalModels.All, .. hosted, .. onFal, .. OpenAIRegistration.ConfiguredModels(configuration)]); // made here, so a duplicate id stops start-up
        services.AddSingleton<IModelCatalog>(sp => ModelCatalog.OfConfiguredHosts(configured.Models, sp.GetServices<IGenerationProvider>().Select(p => p.Name)));
        return services;
    }

    private static IReadOnlyList<ModelDefinition> HostedModels(ReplicateOptions replicate)
    {
        try
        {
            return replicate.ModelDefinitions();
        }
        catch (InvalidOperationException unusable)
        {
            // Its message starts with the entry's setting (Replicate__Models__0__Width …): one line, as every refusal.
            throw SettingsRefusal.Of<ReplicateOptions>(unusable.Message);
        }
    }

    private static IReadOnlyList<ModelDefinition> FalModels(FalOptions fal)
    {
        try
        {
            return fal.ModelDefinitions();
        }
        catch (InvalidOperationException unusable)
        {
            throw SettingsRefusal.Of<FalOptions>(unusable.Message);
        }
    }
}
