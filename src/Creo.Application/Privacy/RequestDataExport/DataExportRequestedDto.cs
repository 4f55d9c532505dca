namespace Creo.Application.Privacy.RequestDataExport;

/// <summary><c>POST /api/privacy/exports</c>: the export to follow with <c>GET /api/privacy/exports/{id}</c>.</summary>
public sealed record DataExportRequestedDto(Guid Id);
