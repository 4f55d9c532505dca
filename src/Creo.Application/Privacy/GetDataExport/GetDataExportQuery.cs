namespace Creo.Application.Privacy.GetDataExport;

/// <summary>One of the person's exports; another account's reads exactly like a missing one (404).</summary>
public sealed record GetDataExportQuery(Guid UserId, Guid ExportId) : IQuery<DataExportDto>;
