namespace Creo.Application.Generations.Providers;

public static class ProviderNames
{
    /// <summary>Renders on this machine with SkiaSharp; needs nothing configured.</summary>
    public const string Local = "local";

    /// <summary>Replicate's predictions API.</summary>
    public const string Replicate = "replicate";
}
