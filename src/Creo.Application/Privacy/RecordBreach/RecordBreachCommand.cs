namespace Creo.Application.Privacy.RecordBreach;

/// <summary>
/// Records a breach and starts telling the people it affected (policy section 05). Exactly one way of picking them:
/// <paramref name="UserIds"/>, <paramref name="All"/> active accounts, or — with neither — the
/// <paramref name="Categories"/> of data involved and the window ending at <paramref name="To"/> (every active
/// account created by then). Categories and window may also describe an explicit or "all" breach.
/// </summary>
public sealed record RecordBreachCommand(
    Guid RecordedBy,
    string? Message,
    IReadOnlyList<Guid>? UserIds,
    bool All,
    IReadOnlyList<string>? Categories,
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateTimeOffset? DiscoveredAt,
    string? Description) : ICommand<BreachRecordedDto>;
