namespace Creo.Application.Privacy.CompleteDataExport;

/// <summary>
/// Records that an export's archive is stored and <paramref name="SizeBytes"/> long, and has its owner told by mail.
/// Returns whether the archive is to be kept: false when the export was erased or given up while it was built.
/// </summary>
public sealed record CompleteDataExportCommand(Guid ExportId, long SizeBytes) : ICommand<bool>;
