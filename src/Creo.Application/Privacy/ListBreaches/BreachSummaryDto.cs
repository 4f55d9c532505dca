namespace Creo.Application.Privacy.ListBreaches;

/// <summary>
/// One recorded breach as admins review it: <c>Affected</c> people have a notice (for "all" and categories, written
/// as the mail goes out), <c>Mailed</c> of them were mailed so far.
/// </summary>
public sealed record BreachSummaryDto(
    Guid Id, DateTimeOffset DiscoveredAt, DateTimeOffset RecordedAt, DateTimeOffset NotifyAuthorityBy, string Audience,
    string Categories, string Description, int Affected, int Mailed);
