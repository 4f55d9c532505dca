namespace Creo.Application.Privacy.FailDataExport;

/// <summary>Gives an export up after its build failed; the person sees it failed and can ask again.</summary>
public sealed record FailDataExportCommand(Guid ExportId) : ICommand;
