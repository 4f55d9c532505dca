using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Local;
using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>The local models do what the prompt's words ask, measured in the pixels: hue, saturation, brightness, layout.</summary>
public sealed class LocalModelPromptTests
{
    private static readonly int[] Seeds = [1, 2, 3];

    public static TheoryData<string> Models => [LocalModels.SketchProviderModel, LocalModels.MosaicProviderModel];

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Green_tea_terraces_come_out_green(string model)
    {
        foreach (var seed in Seeds)
        {
            using var image = await RenderAsync(model, "green tea terraces", seed);

            var hue = PixelMeasures.DominantHue(image);
            Assert.InRange(hue, 75, 165);
            Assert.True(PixelMeasures.MeanSaturation(image) > 0.25, $"Seed {seed}: saturation {PixelMeasures.MeanSaturation(image):F2}.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task A_golden_desert_comes_out_gold_and_sand_not_purple(string model)
    {
        foreach (var seed in Seeds)
        {
            using var image = await RenderAsync(model, "golden desert", seed);

            // Sand is a quiet colour: warm is what matters, saturation only has to show it is not grey.
            Assert.InRange(PixelMeasures.DominantHue(image), 20, 60);
            Assert.True(PixelMeasures.MeanSaturation(image) > 0.18, $"Seed {seed}: saturation {PixelMeasures.MeanSaturation(image):F2}.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Named_colours_and_palettes_set_the_dominant_hue(string model)
    {
        (string Prompt, double From, double To)[] cases =
        [
            ("a red kite", 340, 380), ("deep blue", 195, 240), ("ocean waves", 180, 235), ("purple flowers", 260, 305), ("sunset over the sea", 330, 420),
        ];
        foreach (var (prompt, from, to) in cases)
        {
            using var image = await RenderAsync(model, prompt, 7);

            var hue = PixelMeasures.DominantHue(image);
            Assert.True((hue >= from && hue <= to) || (hue + 360 >= from && hue + 360 <= to), $"'{prompt}' leans to hue {hue:F0}°, not {from}–{to}°.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Night_is_darker_than_dawn(string model)
    {
        foreach (var seed in Seeds)
        {
            using var night = await RenderAsync(model, "a harbour at night", seed);
            using var dawn = await RenderAsync(model, "a harbour at dawn", seed);

            Assert.True(PixelMeasures.MeanLuminance(dawn) - PixelMeasures.MeanLuminance(night) > 60, $"Seed {seed}: dawn {PixelMeasures.MeanLuminance(dawn):F0}, night {PixelMeasures.MeanLuminance(night):F0}.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Monochrome_has_almost_no_colour_and_neon_has_plenty(string model)
    {
        foreach (var seed in Seeds)
        {
            using var monochrome = await RenderAsync(model, "monochrome portrait", seed);
            using var neon = await RenderAsync(model, "neon portrait", seed);

            Assert.True(PixelMeasures.MeanSaturation(monochrome) < 0.08, $"Seed {seed}: monochrome saturation {PixelMeasures.MeanSaturation(monochrome):F2}.");
            Assert.True(PixelMeasures.MeanSaturation(neon) > 0.5, $"Seed {seed}: neon saturation {PixelMeasures.MeanSaturation(neon):F2}.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task A_landscape_subject_lays_the_picture_out_in_horizontal_bands(string model)
    {
        foreach (var subject in new[] { "the sea", "dunes" })
        {
            var banded = 0.0;
            var plain = 0.0;
            foreach (var seed in Seeds)
            {
                using var withSubject = await RenderAsync(model, $"{subject} in blue", seed);
                using var without = await RenderAsync(model, "in blue", seed);
                banded += PixelMeasures.HorizontalBanding(withSubject) / Seeds.Length;
                plain += PixelMeasures.HorizontalBanding(without) / Seeds.Length;
            }

            Assert.True(banded > 0.75 && banded - plain > 0.15, $"'{subject}': banding {banded:F2} against {plain:F2} without it.");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Directed_renders_are_identical_for_the_same_prompt_and_seed_and_differ_across_seeds(string model)
    {
        var source = SourceImages.Scene();
        var first = await RenderPngAsync(model, "watercolour city at night", 5, source);
        var again = await RenderPngAsync(model, "watercolour city at night", 5, source);
        var other = await RenderPngAsync(model, "watercolour city at night", 6, source);

        Assert.Equal(first, again);
        using var a = TestImages.Decode(first);
        using var b = TestImages.Decode(other);
        Assert.True(TestImages.MeanDifference(a, b) > 3, $"Seeds 5 and 6 differ by only {TestImages.MeanDifference(a, b):F1} per channel.");
        var plain = await RenderPngAsync(model, "green tea terraces", 8);
        var plainAgain = await RenderPngAsync(model, "green tea terraces", 8);
        Assert.Equal(plain, plainAgain);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task A_source_image_stays_recognisable_in_any_palette(string model)
    {
        var sourceGrid = PixelMeasures.LuminanceGrid(TestImages.Decode(SourceImages.Scene()), 16);
        var unrelatedGrid = PixelMeasures.LuminanceGrid(TestImages.Decode(SourceImages.Unrelated()), 16);

        foreach (var prompt in new[] { "green tea terraces", "golden desert", "neon city at night", "ink sketch" })
        {
            using var image = await RenderAsync(model, prompt, 3, SourceImages.Scene());
            var grid = PixelMeasures.LuminanceGrid(image, 16);

            var likeSource = PixelMeasures.Correlation(grid, sourceGrid);
            var likeUnrelated = PixelMeasures.Correlation(grid, unrelatedGrid);
            Assert.True(likeSource > 0.7 && likeSource - likeUnrelated > 0.5, $"'{prompt}': correlation {likeSource:F2} with the source, {likeUnrelated:F2} with an unrelated image.");

            // Not a muddy overlay: the light of the source keeps most of its contrast.
            Assert.True(PixelMeasures.StandardDeviation(grid) > 0.6 * PixelMeasures.StandardDeviation(sourceGrid), $"'{prompt}': contrast {PixelMeasures.StandardDeviation(grid):F2} against {PixelMeasures.StandardDeviation(sourceGrid):F2}.");
        }
    }

    private static async Task<SKBitmap> RenderAsync(string model, string prompt, long seed, byte[]? source = null) =>
        TestImages.Decode(await RenderPngAsync(model, prompt, seed, source));

    private static async Task<byte[]> RenderPngAsync(string model, string prompt, long seed, byte[]? source = null)
    {
        var request = new ProviderRequest(Guid.NewGuid(), model, "1.0.0", prompt, 256, 256, null, seed, source is null ? null : new ProviderSourceImage(source, "image/png"), TimeSpan.FromMinutes(1));
        var prediction = await new LocalImageProvider().StartAsync(request, TestContext.Current.CancellationToken);
        return prediction.Outputs.Single().Content!;
    }
}
