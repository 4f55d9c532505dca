using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Local;
using Creo.Testing;
using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>
/// Contact sheets of the local models over a range of prompts, saved under <c>.artifacts/screenshots</c> for people
/// to look at: whether they are beautiful is a judgement the other tests cannot make.
/// </summary>
public sealed class LocalModelsContactSheetTests
{
    private const int Tile = 256;
    private const int Caption = 22;

    private static readonly string[] Prompts =
    [
        "green tea terraces", "golden desert", "mountains at dawn", "a harbour at night",
        "neon city at night", "pastel clouds", "watercolour sea at sunset", "monochrome portrait",
        "ink forest in the mist", "geometric mountains, ocean", "a red kite", "mosaic of a blue lake",
    ];

    private static readonly string[] SourcePrompts = ["green tea terraces", "golden desert", "neon city at night", "monochrome ink", "watercolour sunset", "pastel"];

    [Theory]
    [InlineData(LocalModels.SketchProviderModel, "painterly")]
    [InlineData(LocalModels.MosaicProviderModel, "mosaic")]
    public async Task A_contact_sheet_of_prompts_is_saved_for_people_to_look_at(string model, string name)
    {
        var path = await SaveSheetAsync($"local-models-{name}.png", model, Prompts, source: null);

        using var sheet = SKBitmap.Decode(path);
        Assert.Equal((4 * Tile, 3 * (Tile + Caption)), (sheet.Width, sheet.Height));
    }

    [Theory]
    [InlineData(LocalModels.SketchProviderModel, "painterly")]
    [InlineData(LocalModels.MosaicProviderModel, "mosaic")]
    public async Task A_contact_sheet_of_one_source_image_in_several_prompts_is_saved(string model, string name)
    {
        var path = await SaveSheetAsync($"local-models-{name}-source.png", model, SourcePrompts, SourceImages.Scene());

        Assert.True(new FileInfo(path).Length > 10_000);
    }

    private static async Task<string> SaveSheetAsync(string file, string model, string[] prompts, byte[]? source)
    {
        const int columns = 4;
        var rows = (prompts.Length + columns - 1) / columns;
        using var sheet = new SKBitmap(columns * Tile, rows * (Tile + Caption), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 13);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };

        for (var i = 0; i < prompts.Length; i++)
        {
            var request = new ProviderRequest(Guid.NewGuid(), model, "1.0.0", prompts[i], Tile, Tile, null, 11, source is null ? null : new ProviderSourceImage(source, "image/png"), TimeSpan.FromMinutes(1));
            var prediction = await new LocalImageProvider().StartAsync(request, TestContext.Current.CancellationToken);
            using var image = TestImages.Decode(prediction.Outputs.Single().Content!);
            var (x, y) = (i % columns * Tile, i / columns * (Tile + Caption));
            canvas.DrawBitmap(image, x, y);
            canvas.DrawText(prompts[i], x + 6, y + Tile + 16, SKTextAlign.Left, font, ink);
        }

        var folder = RepositoryPaths.Combine(".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file);
        await File.WriteAllBytesAsync(path, TestImages.Encode(sheet, SKEncodedImageFormat.Png), TestContext.Current.CancellationToken);
        return path;
    }
}
