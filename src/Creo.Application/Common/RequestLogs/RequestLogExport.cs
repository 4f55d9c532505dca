using Creo.Application.Common.RequestLogs.ExportRequestLogs;

namespace Creo.Application.Common.RequestLogs;

/// <summary>
/// The request log's part of a person's data export: the requests made while signed in as them in the last 30
/// days (the log keeps no more). Shared infrastructure rather than a module, so it is read here, through its own port.
/// </summary>
public static class RequestLogExport
{
    public static PersonalDataPart Part(Guid userId) =>
        new("common", [new PersonalDataTable("request_logs", new ExportRequestLogsRowsQuery(userId, "request_logs"))]);
}
