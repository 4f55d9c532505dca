namespace Creo.Domain.Accounts;

/// <summary>
/// An account: who a person is to Crëo. We keep what policy section 02 lists (name, email, avatar for Google
/// sign-ins, creation date, auth method) and the age attestation — never a birth date.
/// </summary>
public sealed class User
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxAvatarUrlLength = 2048;

    /// <summary>Crëo is not directed to anyone under 16 (policy section 10).</summary>
    public const int MinimumAge = 16;

    private User()
    {
        Email = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>In <see cref="EmailAddress"/>'s normal form, so one mailbox is one account however it is typed.</summary>
    public string Email { get; private set; }

    public string Name { get; private set; }

    public string? AvatarUrl { get; private set; }

    public AuthMethod AuthMethod { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Role Roles { get; private set; }

    public AccountStatus Status { get; private set; }

    /// <summary>When the person confirmed being 16 or older; null until they have.</summary>
    public DateTimeOffset? AgeConfirmedAt { get; private set; }

    /// <summary>How the age was confirmed (a self-attestation during onboarding).</summary>
    public string? AgeConfirmationMethod { get; private set; }

    /// <summary>The policy version in force when the age was confirmed.</summary>
    public int? AgeConfirmedUnderPolicyVersion { get; private set; }

    /// <summary>
    /// When support reported the account as a minor's (policy section 10). Support only files the report; the erasure
    /// starts when an admin confirms it. Null while no report is pending.
    /// </summary>
    public DateTimeOffset? MinorRemovalFiledAt { get; private set; }

    /// <summary>The support member who filed the pending report.</summary>
    public Guid? MinorRemovalFiledBy { get; private set; }

    public bool IsSuspended => Status == AccountStatus.Suspended;

    /// <summary>Support or admin: an account only an admin may act on.</summary>
    public bool IsStaff => (Roles & (Role.Support | Role.Admin)) != 0;

    public bool IsClosing => Status == AccountStatus.Closing;

    /// <summary>Whether the account may start a session: neither suspended nor being erased.</summary>
    public bool CanSignIn => Status == AccountStatus.Active;

    public static User Register(string email, string? name, string? avatarUrl, AuthMethod method, DateTimeOffset now)
    {
        var normalized = NormalizeEmail(email);
        return new User
        {
            Id = Guid.CreateVersion7(now),
            Email = normalized,
            Name = string.IsNullOrWhiteSpace(name) ? normalized.Split('@')[0] : Truncate(name.Trim(), MaxNameLength),
            AvatarUrl = method == AuthMethod.Google ? avatarUrl : null,
            AuthMethod = method,
            CreatedAt = now,
            Roles = Role.User,
            Status = AccountStatus.Active,
        };
    }

    public static string NormalizeEmail(string email) => EmailAddress.Normalize(email);

    /// <summary>The right to correct (policy section 07).</summary>
    public void Rename(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new DomainException("name-invalid", $"A name has 1 to {MaxNameLength} characters.");
        }

        Name = trimmed;
    }

    /// <summary>Google may change the avatar; we keep the one it last told us (only for Google sign-ins).</summary>
    public void RefreshGoogleProfile(string? avatarUrl)
    {
        if (avatarUrl is not null && avatarUrl.Length <= MaxAvatarUrlLength)
        {
            AvatarUrl = avatarUrl;
        }
    }

    public void ConfirmAge(bool confirmsSixteenOrOlder, int policyVersion, DateTimeOffset now)
    {
        if (!confirmsSixteenOrOlder)
        {
            throw new DomainException("age-not-confirmed", $"Crëo is only for people aged {MinimumAge} or older.");
        }

        AgeConfirmedAt ??= now;
        AgeConfirmationMethod ??= "self-attestation";
        AgeConfirmedUnderPolicyVersion ??= policyVersion;
    }

    public void GrantRole(Role role) => Roles |= role;

    /// <summary>Sets the staff roles an admin chose; every account stays a user.</summary>
    public void SetRoles(Role roles) => Roles = roles | Role.User;

    /// <summary>Support reports the account as a minor's, for an admin to confirm; a second report keeps the first.</summary>
    public void FileMinorRemoval(Guid staffUserId, DateTimeOffset now)
    {
        if (MinorRemovalFiledAt is null)
        {
            MinorRemovalFiledAt = now;
            MinorRemovalFiledBy = staffUserId;
        }
    }

    public void Suspend()
    {
        if (IsSuspended)
        {
            throw new DomainException("account-already-suspended", "The account is already suspended.");
        }

        Status = AccountStatus.Suspended;
    }

    /// <summary>Erasure has begun (policy section 07, "Delete"): from now on the account cannot be used again.</summary>
    public void CloseForErasure() => Status = AccountStatus.Closing;

    public void Reinstate()
    {
        if (!IsSuspended)
        {
            throw new DomainException("account-not-suspended", "The account is not suspended.");
        }

        Status = AccountStatus.Active;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
