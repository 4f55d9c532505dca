namespace Creo.Application.Common.RequestLogs;

/// <summary>The request log's data port.</summary>
public interface IRequestLogData
{
    DbSet<RequestLogEntry> RequestLogs { get; }
}
