namespace Creo.Domain.Generations;

/// <summary>
/// What a generation costs: a base price, plus a price per started megapixel, plus a price per second of video.
/// Rounded up, so a cost is always a whole number of credits and never zero.
/// </summary>
public sealed record ModelPricing(int BaseCost, int CostPerMegapixel, int CostPerSecond)
{
    public long CostOf(int width, int height, int? durationSeconds)
    {
        var megapixels = (long)Math.Ceiling(width * (long)height / 1_000_000d);
        var cost = BaseCost + (megapixels * CostPerMegapixel) + ((durationSeconds ?? 0) * (long)CostPerSecond);
        return Math.Max(1, cost);
    }
}
