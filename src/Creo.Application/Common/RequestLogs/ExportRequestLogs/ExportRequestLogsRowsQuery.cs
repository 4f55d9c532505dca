namespace Creo.Application.Common.RequestLogs.ExportRequestLogs;

/// <summary>The person's request log rows, streamed.</summary>
public sealed record ExportRequestLogsRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
