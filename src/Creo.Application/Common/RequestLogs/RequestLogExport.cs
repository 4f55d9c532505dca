namespace Creo.Application.Common.RequestLogs;

/// <summary>
/// The request log's part of a person's data export: the requests made while signed in as them in the last 30
/// days (the log keeps no more). Shared infrastructure rather than a module, so it is read here, through its own port.
/// </summary>
public sealed class RequestLogExport(IRequestLogData data)
{
    public async Task<PersonalDataPart> ReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var entries = await data.RequestLogs.AsNoTracking()
            .Where(e => e.UserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.OccurredAt, e.Method, e.Path, e.StatusCode, e.DurationMs, e.UserId, e.IpAddress, e.UserAgent })
            .ToListAsync(cancellationToken);
        return new PersonalDataPart("common", [PersonalDataTable.Of("request_logs", entries)], []);
    }
}
