using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Local;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class LocalModelsTests
{
    [Fact]
    public void Local_sketch_is_a_cheap_image_model_that_accepts_a_source_image()
    {
        var sketch = Assert.Single(LocalModels.All, m => m.Id == "local-sketch");

        Assert.Equal(("Local preview — painterly", MediaKind.Image, ProviderNames.Local, "creo/local-sketch", "1.0.0"), (sketch.Name, sketch.Kind, sketch.Provider, sketch.ProviderModel, sketch.Version));
        Assert.Equal((256, 2048, 768, 64), (sketch.Width.Min, sketch.Width.Max, sketch.Width.Default, sketch.Width.Step));
        Assert.Equal(sketch.Width, sketch.Height);
        Assert.Null(sketch.DurationSeconds);
        Assert.True(sketch.AcceptsSourceImage);
        Assert.Equal(2, sketch.Pricing.CostOf(1000, 1000, null));
        Assert.Equal(TimeSpan.FromMinutes(1), sketch.MaxRunTime);
    }

    [Fact]
    public void Local_models_are_named_and_described_as_the_previews_they_are()
    {
        Assert.Equal(["Local preview — painterly", "Local preview — mosaic"], LocalModels.All.Select(m => m.Name));
        Assert.All(LocalModels.All, m => Assert.Contains("not an AI model", m.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_local_model_renders_at_its_default_size()
    {
        Assert.True(LocalModels.All.Count >= 2);
        Assert.Equal(LocalModels.All.Count, LocalModels.All.Select(m => m.Id).Distinct().Count());
        var provider = new LocalImageProvider();

        foreach (var model in LocalModels.All)
        {
            Assert.Equal(ProviderNames.Local, model.Provider);
            var request = new ProviderRequest(Guid.NewGuid(), model.ProviderModel, model.Version, "a red kite", model.Width.Default, model.Height.Default, null, 7, null, model.MaxRunTime);

            var prediction = await provider.StartAsync(request, TestContext.Current.CancellationToken);

            using var image = TestImages.Decode(prediction.Outputs.Single().Content!);
            Assert.Equal((model.Width.Default, model.Height.Default), (image.Width, image.Height));
        }
    }
}
