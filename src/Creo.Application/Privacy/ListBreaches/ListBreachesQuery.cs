namespace Creo.Application.Privacy.ListBreaches;

/// <summary>The breaches recorded so far, newest first, each with its 72-hour deadline and how many people were told.</summary>
public sealed record ListBreachesQuery(int Limit) : IQuery<IReadOnlyList<BreachSummaryDto>>;
