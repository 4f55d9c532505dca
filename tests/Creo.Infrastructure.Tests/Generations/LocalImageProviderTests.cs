using Creo.Application.Generations.Providers;
using Creo.Domain.Common;
using Creo.Infrastructure.Generations.Local;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class LocalImageProviderTests
{
    private const string Prompt = "a lighthouse in a storm, oil on canvas";

    private readonly LocalImageProvider provider = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(LocalModels.SketchProviderModel, 256, 256)]
    [InlineData(LocalModels.SketchProviderModel, 512, 512)]
    [InlineData(LocalModels.SketchProviderModel, 768, 448)]
    [InlineData(LocalModels.SketchProviderModel, 320, 1280)]
    [InlineData(LocalModels.SketchProviderModel, 2048, 2048)]
    [InlineData(LocalModels.MosaicProviderModel, 256, 256)]
    [InlineData(LocalModels.MosaicProviderModel, 1024, 576)]
    [InlineData(LocalModels.MosaicProviderModel, 2048, 2048)]
    public async Task Renders_a_png_of_exactly_the_asked_size(string model, int width, int height)
    {
        var png = await RenderAsync(Request(model: model, width: width, height: height));

        Assert.Equal(PngSignature, png[..8]);
        using var image = TestImages.Decode(png);
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Theory]
    [InlineData(LocalModels.SketchProviderModel)]
    [InlineData(LocalModels.MosaicProviderModel)]
    public async Task Same_prompt_and_seed_render_identical_pngs(string model)
    {
        var first = await RenderAsync(Request(model: model));
        var second = await new LocalImageProvider().StartAsync(Request(model: model, generationId: Guid.NewGuid()), Cancel);

        Assert.Equal(first, second.Outputs.Single().Content);
    }

    [Theory]
    [InlineData(LocalModels.SketchProviderModel)]
    [InlineData(LocalModels.MosaicProviderModel)]
    public async Task A_different_seed_renders_a_visibly_different_image(string model)
    {
        var first = await RenderAsync(Request(model: model, seed: 1));
        var second = await RenderAsync(Request(model: model, seed: 2));

        Assert.NotEqual(first, second);
        using var a = TestImages.Decode(first);
        using var b = TestImages.Decode(second);
        Assert.True(TestImages.MeanDifference(a, b) > 20, $"Seeds 1 and 2 differ by only {TestImages.MeanDifference(a, b):F1} per channel.");
    }

    [Fact]
    public async Task A_different_prompt_renders_a_visibly_different_image()
    {
        var first = await RenderAsync(Request(prompt: "a quiet forest at dawn"));
        var second = await RenderAsync(Request(prompt: "a quiet forest at dusk"));

        using var a = TestImages.Decode(first);
        using var b = TestImages.Decode(second);
        Assert.True(TestImages.MeanDifference(a, b) > 20, $"The prompts differ by only {TestImages.MeanDifference(a, b):F1} per channel.");
    }

    [Theory]
    [InlineData(LocalModels.SketchProviderModel)]
    [InlineData(LocalModels.MosaicProviderModel)]
    public async Task A_source_image_shows_through_the_render(string model)
    {
        var plain = await RenderAsync(Request(model: model));
        var whiteRight = await RenderAsync(Request(model: model, source: TestImages.HalvesPng(300, 200, whiteOnRight: true)));
        var whiteLeft = await RenderAsync(Request(model: model, source: TestImages.HalvesPng(300, 200, whiteOnRight: false)));

        using var withoutSource = TestImages.Decode(plain);
        using var right = TestImages.Decode(whiteRight);
        using var left = TestImages.Decode(whiteLeft);
        Assert.True(TestImages.MeanDifference(withoutSource, right) > 20);

        // The bright half of the source stays the brighter half of the render, whichever side it is on.
        var half = right.Width / 2;
        Assert.True(TestImages.MeanLuminance(right, half, right.Width) - TestImages.MeanLuminance(right, 0, half) > 30);
        Assert.True(TestImages.MeanLuminance(left, 0, half) - TestImages.MeanLuminance(left, half, left.Width) > 30);
    }

    [Fact]
    public async Task The_png_carries_pixels_only_and_never_the_prompt()
    {
        var png = await RenderAsync(Request(prompt: "PROMPTMARKER in the picture"));

        Assert.DoesNotContain(PngChunks.TypesOf(png), type => type is "tEXt" or "iTXt" or "zTXt" or "eXIf");
        Assert.False(TestImages.Contains(png, "PROMPTMARKER"));
    }

    [Fact]
    public async Task A_local_prediction_has_finished_when_StartAsync_returns()
    {
        var generationId = Guid.NewGuid();

        var prediction = await provider.StartAsync(Request(generationId: generationId), Cancel);

        Assert.Equal(ProviderNames.Local, provider.Name);
        Assert.Equal("local-" + generationId.ToString("N"), prediction.Id);
        Assert.Equal(ProviderStatus.Succeeded, prediction.Status);
        Assert.Null(prediction.Error);
        var output = Assert.Single(prediction.Outputs);
        Assert.Equal("image/png", output.ContentType);
        await using var stream = await provider.OpenOutputAsync(output, Cancel);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancel);
        Assert.Equal(output.Content, copy.ToArray());

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetAsync(prediction.Id, Cancel));
        await provider.CancelAsync(prediction.Id, Cancel);
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.OpenOutputAsync(new ProviderOutput("image/png", new Uri("https://example.com/x.png")), Cancel));
    }

    [Fact]
    public async Task A_video_request_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => provider.StartAsync(Request() with { DurationSeconds = 4 }, Cancel));

        Assert.Equal("local-video-unsupported", refusal.Code);
    }

    [Fact]
    public async Task A_source_image_that_does_not_decode_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => provider.StartAsync(Request(source: "not a picture"u8.ToArray()), Cancel));

        Assert.Equal("source-image-unreadable", refusal.Code);
    }

    [Fact]
    public async Task An_unknown_local_model_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => provider.StartAsync(Request(model: "creo/local-nothing"), Cancel));

        Assert.Equal("local-model-unknown", refusal.Code);
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private async Task<byte[]> RenderAsync(ProviderRequest request)
    {
        var prediction = await provider.StartAsync(request, Cancel);
        return prediction.Outputs.Single().Content!;
    }

    private static ProviderRequest Request(
        string model = LocalModels.SketchProviderModel,
        string prompt = Prompt,
        long seed = 42,
        int width = 512,
        int height = 512,
        byte[]? source = null,
        Guid? generationId = null) =>
        new(
            generationId ?? Guid.Empty,
            model,
            "1.0.0",
            prompt,
            width,
            height,
            DurationSeconds: null,
            seed,
            source is null ? null : new ProviderSourceImage(source, "image/png"),
            TimeSpan.FromMinutes(1));
}
