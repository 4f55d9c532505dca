using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations;
using Creo.Infrastructure.Generations.Local;
using Creo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>One catalogue for every host: each model names its host, and a host whose key is missing is not offered.</summary>
public sealed class CatalogHostsTests
{
    [Fact]
    public async Task Replicate_models_are_offered_with_their_host_only_when_its_api_token_is_set()
    {
        await using var standIn = await ReplicateStandIn.StartAsync();
        var withToken = standIn.Settings();
        var withoutToken = new Dictionary<string, string?>(withToken) { ["Replicate:ApiToken"] = null };

        var offered = CatalogOf(withToken).Models;
        var notOffered = CatalogOf(withoutToken).Models;

        Assert.Contains(offered, m => m.Id == ReplicateStandIn.ImageModelId && m.Provider == ProviderNames.Replicate);
        Assert.Contains(offered, m => m.Id == ReplicateStandIn.VideoModelId && m.Kind == MediaKind.Video);
        Assert.DoesNotContain(notOffered, m => m.Provider == ProviderNames.Replicate);
        Assert.Equal(LocalModels.All, notOffered);
        Assert.Null(CatalogOf(withoutToken).Find(ReplicateStandIn.ImageModelId));
    }

    [Fact]
    public void A_model_whose_host_registered_no_provider_is_left_out()
    {
        var fal = LocalModels.Sketch with { Id = "fal-flux", Provider = ProviderNames.Fal };
        var openAi = LocalModels.Sketch with { Id = "openai-image", Provider = ProviderNames.OpenAI };

        var catalog = ModelCatalog.OfConfiguredHosts([.. LocalModels.All, fal, openAi], [ProviderNames.Local, ProviderNames.OpenAI]);

        Assert.Equal(["local-sketch", "local-mosaic", "openai-image"], catalog.Models.Select(m => m.Id));
        Assert.Null(catalog.Find("fal-flux"));
    }

    private static IModelCatalog CatalogOf(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCreoGenerations(configuration);
        return services.BuildServiceProvider().GetRequiredService<IModelCatalog>();
    }
}
