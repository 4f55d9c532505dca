namespace Creo.Application.Privacy.RecordBreach;

/// <summary>The recorded breach, how many people will be told, and when the supervisory authority must be told by.</summary>
public sealed record BreachRecordedDto(Guid Id, int Notifying, DateTimeOffset DiscoveredAt, DateTimeOffset NotifyAuthorityBy);
