namespace Creo.Application.Generations.ListModels;

/// <summary>
/// A model as the studio offers it; <see cref="CreditCost"/> is the price at the default parameters and
/// <see cref="Description"/> a sentence on what to expect from it, when the catalog has one. <see cref="Host"/> names who
/// runs it (<c>local</c>, <c>replicate</c>, <c>fal</c>, <c>openai</c>; <see cref="Provider"/> says the same and stays for
/// existing clients). <see cref="Available"/> is false while that host's breaker is open: submissions are refused with 503
/// until it recovers, and <see cref="UnavailableReason"/> says why in words for a person.
/// </summary>
public sealed record ModelDto(
    string Id,
    string Name,
    string Kind,
    string Provider,
    string Version,
    long CreditCost,
    ModelParametersDto Parameters,
    ModelPricingDto Pricing,
    string? Description = null,
    string Host = "",
    bool Available = true,
    string? UnavailableReason = null);

public sealed record ModelParametersDto(RangeDto Width, RangeDto Height, RangeDto? DurationSeconds, RangeDto Seed, bool SourceImage);

public sealed record RangeDto(long Min, long Max, long? Default, long Step);

/// <summary>The price rule: base + per started megapixel + per second of video.</summary>
public sealed record ModelPricingDto(int BaseCost, int CostPerMegapixel, int CostPerSecond);
