namespace Creo.Application.Common.RequestLogs;

/// <summary>Takes request log entries without making the request wait for the database.</summary>
public interface IRequestLog
{
    void Record(RequestLogEntry entry);
}
