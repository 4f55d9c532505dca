namespace Creo.Domain.Accounts;

/// <summary>One line of an account's security log, which the person can read (<c>GET /api/me/security-log</c>).</summary>
public sealed class SecurityEvent
{
    public const int MaxDetailLength = 500;

    private SecurityEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public SecurityEventKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    /// <summary>What happened in words a person understands (never a token, never a prompt).</summary>
    public string? Detail { get; private set; }

    public static SecurityEvent Record(Guid userId, SecurityEventKind kind, ClientInfo? client, string? detail, DateTimeOffset now)
    {
        var bounded = client?.Bounded();
        return new SecurityEvent
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Kind = kind,
            OccurredAt = now,
            IpAddress = bounded?.IpAddress,
            UserAgent = bounded?.UserAgent,
            Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
        };
    }
}
