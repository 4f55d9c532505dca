namespace Creo.Domain.Accounts;

/// <summary>
/// A signed-in browser. The cookie carries only a random token; we keep its hash, so a copy of the database
/// cannot be replayed as a cookie. Expiry slides with use, up to an absolute limit.
/// </summary>
public sealed class Session
{
    /// <summary>A session unused this long ends.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromDays(14);

    /// <summary>No session lives longer than this, however active.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromDays(90);

    /// <summary>Last-seen is written at most this often, so reading pages does not write a row each time.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    private Session()
    {
        TokenHash = string.Empty;
        DeviceFingerprint = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public string DeviceFingerprint { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static Session Start(Guid userId, string tokenHash, ClientInfo client, DateTimeOffset now)
    {
        var bounded = client.Bounded();
        return new Session
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            TokenHash = tokenHash,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + IdleLifetime,
            IpAddress = bounded.IpAddress,
            UserAgent = bounded.UserAgent,
            DeviceFingerprint = bounded.DeviceFingerprint,
        };
    }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public bool NeedsTouchAt(DateTimeOffset now) => now - LastSeenAt >= TouchInterval;

    /// <summary>Slides the expiry: another <see cref="IdleLifetime"/> from now, never past the absolute limit.</summary>
    public void Touch(ClientInfo client, DateTimeOffset now)
    {
        if (!IsActiveAt(now))
        {
            throw new DomainException("session-ended", "The session has ended.");
        }

        var bounded = client.Bounded();
        LastSeenAt = now;
        ExpiresAt = Min(now + IdleLifetime, CreatedAt + AbsoluteLifetime);
        IpAddress = bounded.IpAddress;
        UserAgent = bounded.UserAgent;
    }

    /// <summary>Ends the session at once. Ending an ended session changes nothing (sign-out may be pressed twice).</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
