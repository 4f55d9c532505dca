namespace Creo.Application.Privacy.StartDataExportBuild;

/// <summary>
/// Marks an export as being built and says what to build. Null when there is nothing to do — the export is ready,
/// failed, expired or gone — so a job that runs twice leaves a finished export alone.
/// </summary>
public sealed record StartDataExportBuildCommand(Guid ExportId) : ICommand<DataExportBuild?>;
