namespace Creo.Domain.Accounts;

/// <summary>A device fingerprint an account has signed in from; a sign-in from an unknown one mails the owner.</summary>
public sealed class KnownDevice
{
    private KnownDevice()
    {
        DeviceFingerprint = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string DeviceFingerprint { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public static KnownDevice FirstSeen(Guid userId, string fingerprint, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        DeviceFingerprint = fingerprint,
        FirstSeenAt = now,
        LastSeenAt = now,
    };

    public void SeenAgain(DateTimeOffset now) => LastSeenAt = now;
}
