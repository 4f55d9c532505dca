
namespace Creo.Domain.Accounts;

/// <summary>
/// A one-time sign-in link: valid 15 minutes, usable once, stored only as a hash (the mail holds the token).
/// It names an address, not an account, so asking for a link reveals nothing about whether one exists.
/// </summary>
public sealed class SignInToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private SignInToken()
    {
        Email = string.Empty;
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public static SignInToken Issue(string email, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Email = User.NormalizeEmail(email),
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
    };

    /// <summary>
    /// Whether the link may still sign in. The application spends it with one conditional UPDATE of <see cref="UsedAt"/>
    /// under this same rule, so that concurrent requests cannot both spend it.
    /// </summary>
    public bool CanBeRedeemedAt(DateTimeOffset now) => UsedAt is null && ExpiresAt > now;
}
