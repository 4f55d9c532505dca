using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Generations.Uploads;

/// <summary>Settings under <c>Uploads__…</c>: how much decoding one upload may cost, and how many run at once.</summary>
public sealed class UploadsOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest image, in millions of pixels, decoded at all (4 bytes a pixel once decoded).</summary>
    [MinimumSetting("Uploads__MaxMegapixels", 1)]
    public int MaxMegapixels { get; set; } = 40;

    /// <summary>Decodes running at once on this instance; more wait their turn (a few per slot), the rest are refused.</summary>
    [MinimumSetting("Uploads__MaxConcurrentDecodes", 1)]
    public int MaxConcurrentDecodes { get; set; } = 2;

    public long MaxPixels => MaxMegapixels * 1_000_000L;
}
