namespace Creo.Application.Accounts;

/// <summary>Settings of the accounts module (bound from <c>Creo__AdminEmails</c>).</summary>
public sealed class AccountsOptions
{
    /// <summary>Accounts with these emails get the admin role at sign-in.</summary>
    public string[] AdminEmails { get; set; } = [];

    public bool IsAdminEmail(string email) =>
        AdminEmails.Any(admin => string.Equals(admin.Trim(), email, StringComparison.OrdinalIgnoreCase));
}
