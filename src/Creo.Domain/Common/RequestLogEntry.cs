namespace Creo.Domain.Common;

/// <summary>
/// One HTTP request, kept up to 30 days for debugging and security (policy sections 02 and 06). The path is
/// the route template when one matched (<c>/api/media/{token}</c>), and never has its query string, so no
/// token, prompt or search term ends up here.
/// </summary>
public sealed class RequestLogEntry
{
    public const int MaxPathLength = 256;
    public const int MaxUserAgentLength = 512;

    private RequestLogEntry()
    {
        Method = string.Empty;
        Path = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Method { get; private set; }

    public string Path { get; private set; }

    public int StatusCode { get; private set; }

    public double DurationMs { get; private set; }

    public Guid? UserId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public static RequestLogEntry Record(DateTimeOffset occurredAt, string method, string path, int statusCode, double durationMs, Guid? userId, string? ipAddress, string? userAgent) => new()
    {
        Id = Guid.CreateVersion7(occurredAt),
        OccurredAt = occurredAt,
        Method = method.Length > 10 ? method[..10] : method,
        Path = StripQuery(path),
        StatusCode = statusCode,
        DurationMs = Math.Round(durationMs, 2),
        UserId = userId,
        IpAddress = ipAddress is { Length: > 45 } ? ipAddress[..45] : ipAddress,
        UserAgent = userAgent is { Length: > MaxUserAgentLength } ? userAgent[..MaxUserAgentLength] : userAgent,
    };

    private static string StripQuery(string path)
    {
        var withoutQuery = path.Split('?', 2)[0];
        return withoutQuery.Length > MaxPathLength ? withoutQuery[..MaxPathLength] : withoutQuery;
    }
}
