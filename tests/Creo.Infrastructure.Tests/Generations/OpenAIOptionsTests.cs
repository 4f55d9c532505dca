using Creo.Application.Generations;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.OpenAI;
using Creo.Testing;
using Microsoft.Extensions.Configuration;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class OpenAIOptionsTests
{
    private static OpenAIOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(OpenAIOptions.Section).Get<OpenAIOptions>()!;

    [Fact]
    public async Task Configured_models_become_catalog_entries_whose_ranges_reach_every_listed_size()
    {
        await using var standIn = await OpenAIImagesStandIn.StartAsync();

        var models = Bind(standIn.Settings()).ModelDefinitions();

        var image = models[0];
        Assert.Equal((OpenAIImagesStandIn.ImageModelId, ProviderNames.OpenAI, "gpt-image-1", "gpt-image-1"), (image.Id, image.Provider, image.ProviderModel, image.Version));
        Assert.Equal(new ParameterRange(1024, 1536, 1024, 512), image.Width);
        Assert.Equal(new ParameterRange(1024, 1536, 1024, 512), image.Height);
        Assert.True(image.AcceptsSourceImage);
        Assert.Equal(new ModelPricing(4, 0, 0), image.Pricing);
        Assert.Equal(new ParameterRange(1024, 1792, 1024, 768), models[1].Width);
    }

    [Fact]
    public void Without_an_api_key_no_model_is_offered() =>
        Assert.False(Bind(new() { ["OpenAI:Models:0:Id"] = "x" }).IsConfigured);

    [Theory]
    [InlineData("Sizes:0", "1024by1024", "OpenAI__Models__0__Sizes holds '1024by1024', which is not a WxH size.")]
    [InlineData("ProviderModel", "gpt image\"1", "OpenAI__Models__0 needs an Id, a Name and the host's ProviderModel")]
    [InlineData("ResponseFormat", "png", "OpenAI__Models__0__ResponseFormat must be b64_json, url or unset.")]
    [InlineData("MaxRunTimeSeconds", "0", "OpenAI__Models__0 needs a positive MaxRunTimeSeconds")]
    public void An_entry_that_could_never_run_is_refused_naming_its_setting(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "sk-x",
            ["OpenAI:Models:0:Id"] = "m",
            ["OpenAI:Models:0:Name"] = "M",
            ["OpenAI:Models:0:ProviderModel"] = "gpt-image-1",
            ["OpenAI:Models:0:Sizes:0"] = "1024x1024",
        };
        settings[$"OpenAI:Models:0:{setting}"] = value;

        var refusal = Assert.Throws<InvalidOperationException>(() => Bind(settings).ModelDefinitions());

        Assert.StartsWith(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_whose_run_time_would_outlast_the_claim_lease_is_refused()
    {
        var options = new OpenAIOptions { ApiKey = "sk-x", Models = [new() { Id = "m", MaxRunTimeSeconds = 110 }] };
        var validator = new OpenAIRunsWithinClaimLeaseValidator(Microsoft.Extensions.Options.Options.Create(new GenerationsOptions { ClaimLease = TimeSpan.FromMinutes(2) }));

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal("OpenAI__Models__0__MaxRunTimeSeconds must be at most Generation__ClaimLease (00:02:00) less 15 s; got 110.", Assert.Single(result.Failures!));
        options.Models[0].MaxRunTimeSeconds = 105;
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(1024, 1024, "1024x1024")]
    [InlineData(1536, 1536, "1024x1024")]
    [InlineData(1536, 1024, "1536x1024")]
    [InlineData(1024, 1536, "1024x1536")]
    public void A_request_is_sent_as_the_listed_size_closest_in_shape(int width, int height, string expected)
    {
        OpenAIImageSize[] sizes = [new(1024, 1024), new(1536, 1024), new(1024, 1536)];

        Assert.Equal(expected, OpenAIImageSize.Closest(sizes, width, height).ToString());
    }
}
