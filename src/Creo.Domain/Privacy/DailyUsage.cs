namespace Creo.Domain.Privacy;

/// <summary>
/// One day's generations for one model and subscription tier, counted over the people who allowed analytics
/// (policy section 03, "Improving the product: aggregated, anonymized usage"). It holds no account: a row is a
/// tally, rebuilt whole for its day, never a trace of one person's activity.
/// </summary>
public sealed class DailyUsage
{
    public const int MaxModelIdLength = 100;

    public const int MaxTierLength = 50;

    private DailyUsage()
    {
        ModelId = string.Empty;
        Tier = string.Empty;
    }

    public DateOnly Day { get; private set; }

    public string ModelId { get; private set; }

    /// <summary>The tier a subscription gives (<c>free</c> without one).</summary>
    public string Tier { get; private set; }

    public int GenerationsSucceeded { get; private set; }

    public int GenerationsFailed { get; private set; }

    /// <summary>Credits captured for the day's succeeded generations (failed ones are given back, so spend nothing).</summary>
    public long CreditsSpent { get; private set; }

    public static DailyUsage Start(DateOnly day, string modelId, string tier)
    {
        if (string.IsNullOrWhiteSpace(modelId) || modelId.Length > MaxModelIdLength)
        {
            throw new DomainException("usage-model-invalid", $"A model id has 1 to {MaxModelIdLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(tier) || tier.Length > MaxTierLength)
        {
            throw new DomainException("usage-tier-invalid", $"A tier has 1 to {MaxTierLength} characters.");
        }

        return new DailyUsage { Day = day, ModelId = modelId, Tier = tier };
    }

    public void CountSucceeded(long creditsCaptured)
    {
        if (creditsCaptured < 0)
        {
            throw new DomainException("usage-credits-invalid", "Captured credits are never negative.");
        }

        GenerationsSucceeded++;
        CreditsSpent += creditsCaptured;
    }

    public void CountFailed() => GenerationsFailed++;
}
