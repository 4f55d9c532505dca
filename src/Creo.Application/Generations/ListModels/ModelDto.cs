namespace Creo.Application.Generations.ListModels;

/// <summary>A model as the studio offers it; <see cref="CreditCost"/> is the price at the default parameters.</summary>
public sealed record ModelDto(
    string Id,
    string Name,
    string Kind,
    string Provider,
    string Version,
    long CreditCost,
    ModelParametersDto Parameters,
    ModelPricingDto Pricing);

public sealed record ModelParametersDto(RangeDto Width, RangeDto Height, RangeDto? DurationSeconds, RangeDto Seed, bool SourceImage);

public sealed record RangeDto(long Min, long Max, long? Default, long Step);

/// <summary>The price rule: base + per started megapixel + per second of video.</summary>
public sealed record ModelPricingDto(int BaseCost, int CostPerMegapixel, int CostPerSecond);
