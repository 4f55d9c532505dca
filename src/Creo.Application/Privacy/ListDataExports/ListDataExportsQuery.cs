namespace Creo.Application.Privacy.ListDataExports;

/// <summary>The person's own exports, newest first (what the privacy center lists).</summary>
public sealed record ListDataExportsQuery(Guid UserId) : IQuery<IReadOnlyList<DataExportDto>>;
