using Creo.Application.Generations.Providers;
using SkiaSharp;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// Turns a request into PNG bytes. Everything drawn comes from the hash of (prompt, seed) and the size, so a
/// generation can be re-rendered exactly. The prompt's words direct the colours, light, scene and style
/// (<see cref="PromptReader"/>); the prompt itself is never drawn.
/// </summary>
internal static class LocalRenderer
{
    /// <summary>Far above what the catalog allows; a guard against a request that skipped validation allocating gigabytes.</summary>
    public const int MaxSide = 4096;

    public static byte[] RenderPng(ProviderRequest request, CancellationToken cancellationToken)
    {
        if (request.Width is < 1 or > MaxSide || request.Height is < 1 or > MaxSide)
        {
            throw new DomainException("local-size-unsupported", $"Local models render between 1 and {MaxSide} pixels on a side.");
        }

        Action<SKCanvas, ArtContext> draw = request.ProviderModel switch
        {
            LocalModels.SketchProviderModel => SketchStyle.Draw,
            LocalModels.MosaicProviderModel => MosaicStyle.Draw,
            _ => throw new DomainException("local-model-unknown", $"There is no local model '{request.ProviderModel}'."),
        };

        var random = ArtRandom.For(request.Prompt, request.Seed);
        var direction = PromptReader.Read(request.Prompt);
        var palette = ArtPalette.From(random, direction);
        var field = new FlowField(random);
        using var source = request.SourceImage is null ? null : SourceLayer.Decode(request.SourceImage);
        cancellationToken.ThrowIfCancellationRequested();

        var info = new SKImageInfo(request.Width, request.Height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Skia could not allocate a {request.Width}×{request.Height} surface.");
        draw(surface.Canvas, new ArtContext(request.Width, request.Height, random, palette, field, source, direction));
        cancellationToken.ThrowIfCancellationRequested();

        using var pixels = surface.PeekPixels();
        return PngEncoding.Encode(pixels);
    }
}
