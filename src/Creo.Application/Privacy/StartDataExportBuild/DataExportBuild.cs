namespace Creo.Application.Privacy.StartDataExportBuild;

/// <summary>Whose data an export holds and the storage key its archive is written to (the same key on every run).</summary>
public sealed record DataExportBuild(Guid ExportId, Guid UserId, string ObjectKey);
