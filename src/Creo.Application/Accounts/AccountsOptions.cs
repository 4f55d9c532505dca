namespace Creo.Application.Accounts;

/// <summary>Settings of the accounts module (bound from <c>Creo__AdminEmails</c>).</summary>
public sealed class AccountsOptions
{
    /// <summary>Accounts with these emails get the admin role at sign-in.</summary>
    public string[] AdminEmails { get; set; } = [];

    /// <summary>Both sides in the one normal form, so a configured <c>Admin@Bücher.example</c> is the account <c>admin@xn--bcher-kva.example</c>.</summary>
    public bool IsAdminEmail(string email) =>
        AdminEmails.Any(admin => string.Equals(EmailAddress.Normalize(admin), EmailAddress.Normalize(email), StringComparison.Ordinal));
}
