namespace Creo.Application.Common.RequestLogs;

/// <summary>The person's requests of the last 30 days, row by row.</summary>
internal sealed class ExportRequestLogRowsQueryHandler(IRequestLogData data) : IStreamQueryHandler<ExportRequestLogRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportRequestLogRowsQuery query, CancellationToken cancellationToken) =>
        PersonalDataStream.Rows(
            data.RequestLogs.Where(e => e.UserId == query.UserId).Ordered(e => e.Id, query.NewestFirst)
                .Select(e => new { e.Id, e.OccurredAt, e.Method, e.Path, e.StatusCode, e.DurationMs, e.UserId, e.IpAddress, e.UserAgent }),
            null,
            cancellationToken);
}
