namespace Creo.Domain.Privacy;

/// <summary>What staff know about a breach when they record it.</summary>
public sealed record BreachFacts(
    string Message,
    string Description,
    BreachAudience Audience,
    IReadOnlyList<string> Categories,
    DateTimeOffset? DiscoveredAt,
    DateTimeOffset? WindowFrom,
    DateTimeOffset? WindowTo);
