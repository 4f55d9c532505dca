namespace Creo.Application.Common.RequestLogs.ExportRequestLogs;

/// <summary>The person's requests of the last 30 days, row by row.</summary>
internal sealed class ExportRequestLogsRowsQueryHandler(IRequestLogData data) : IStreamQueryHandler<ExportRequestLogsRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportRequestLogsRowsQuery query, CancellationToken cancellationToken) =>
        PersonalDataStream.Rows(
            data.RequestLogs.Where(e => e.UserId == query.UserId).Ordered(e => e.Id, query.NewestFirst)
                .Select(e => new { e.Id, e.OccurredAt, e.Method, e.Path, e.StatusCode, e.DurationMs, e.UserId, e.IpAddress, e.UserAgent }),
            null,
            cancellationToken);
}
