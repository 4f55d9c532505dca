namespace Creo.Application.Privacy;

/// <summary>A pending deletion as the person sees it: when they asked and when erasure happens.</summary>
public sealed record AccountDeletionDto(DateTimeOffset RequestedAt, DateTimeOffset ScheduledFor, bool Erasing);
