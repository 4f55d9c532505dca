namespace Creo.Application.Generations.Providers;

public static class ProviderNames
{
    /// <summary>Renders on this machine with SkiaSharp; needs nothing configured.</summary>
    public const string Local = "local";

    /// <summary>Replicate's predictions API.</summary>
    public const string Replicate = "replicate";

    /// <summary>fal.ai's queue API.</summary>
    public const string Fal = "fal";

    /// <summary>Any host speaking OpenAI's image API (<c>/v1/images/generations</c> and <c>/edits</c>).</summary>
    public const string OpenAI = "openai";
}
