namespace Creo.Application.Privacy;

/// <summary>
/// One export as its owner sees it. <see cref="Url"/> is there only while the archive can be downloaded; it is a
/// short-lived link that opens for the owner's signed-in session alone.
/// </summary>
public sealed record DataExportDto(Guid Id, string Status, DateTimeOffset RequestedAt, Uri? Url, DateTimeOffset? ExpiresAt, long? SizeBytes);
