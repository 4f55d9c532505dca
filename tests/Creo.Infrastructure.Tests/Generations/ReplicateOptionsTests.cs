using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Testing;
using Microsoft.Extensions.Configuration;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class ReplicateOptionsTests
{
    private static ReplicateOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ReplicateOptions.Section).Get<ReplicateOptions>()!;

    [Fact]
    public async Task Configured_models_become_catalog_entries_of_the_replicate_provider()
    {
        await using var standIn = await ReplicateStandIn.StartAsync();

        var options = Bind(standIn.Settings());
        var models = options.ModelDefinitions();

        Assert.True(options.IsConfigured);
        Assert.Equal(new Uri(standIn.BaseAddress.ToString()), options.ApiBase);
        Assert.Null(options.WebhookUrl);
        Assert.Equal(
            new ModelDefinition(
                ReplicateStandIn.ImageModelId, "FLUX.1 [dev]", MediaKind.Image, ProviderNames.Replicate, ReplicateStandIn.ImageProviderModel, ReplicateStandIn.ImageVersion,
                new ParameterRange(256, 1440, 1024, 16), new ParameterRange(256, 1440, 1024, 16), null, true, new ModelPricing(2, 3, 0), TimeSpan.FromSeconds(120)),
            models[0]);
        var video = models[1];
        Assert.Equal(MediaKind.Video, video.Kind);
        Assert.Equal(ReplicateStandIn.VideoVersion, video.Version);
        Assert.Equal(new ParameterRange(2, 10, 5), video.DurationSeconds);
        Assert.Equal(new ModelPricing(5, 0, 4), video.Pricing);
        Assert.Equal(TimeSpan.FromMinutes(10), video.MaxRunTime);
    }

    [Fact]
    public void Without_an_api_token_replicate_is_not_configured()
    {
        var options = Bind(new() { ["Replicate:ApiToken"] = " " });

        Assert.False(options.IsConfigured);
        Assert.Equal(new Uri("https://api.replicate.com"), options.ApiBase);
    }

    [Theory]
    [InlineData("ProviderModel", "flux-dev")]
    [InlineData("ProviderModel", "owner/name/extra")]
    [InlineData("Version", "")]
    [InlineData("Width:Default", "1000")]
    [InlineData("Width:Min", "2000")]
    [InlineData("MaxRunTimeSeconds", "0")]
    public void A_model_entry_that_could_never_run_stops_start_up_naming_the_setting(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Replicate:ApiToken"] = "r8_x",
            ["Replicate:Models:0:Id"] = "m",
            ["Replicate:Models:0:Name"] = "M",
            ["Replicate:Models:0:ProviderModel"] = "owner/name",
            ["Replicate:Models:0:Version"] = "official",
        };
        settings[$"Replicate:Models:0:{key}"] = value;

        var exception = Assert.Throws<InvalidOperationException>(() => Bind(settings).ModelDefinitions());

        Assert.StartsWith("Replicate__Models__0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_model_needs_a_duration_range()
    {
        var options = Bind(new()
        {
            ["Replicate:Models:0:Id"] = "v",
            ["Replicate:Models:0:Name"] = "V",
            ["Replicate:Models:0:Kind"] = "video",
            ["Replicate:Models:0:ProviderModel"] = "owner/video",
            ["Replicate:Models:0:Version"] = "official",
        });

        Assert.Throws<InvalidOperationException>(() => options.ModelDefinitions());
    }
}
