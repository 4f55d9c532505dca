namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// Builds one export's archive. Idempotent: a ready export is left alone, and a run after a crash rebuilds the
/// archive and overwrites the same storage key.
/// </summary>
public sealed record BuildDataExportJob(Guid ExportId) : IJob;
