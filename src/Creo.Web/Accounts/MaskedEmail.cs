namespace Creo.Web.Accounts;

/// <summary>
/// An address as the sign-in link's page shows it (<c>a…@example.com</c>): enough for a person to see whose account the
/// link opens — an attacker's link shows the attacker's address — and little to whoever else holds the link.
/// </summary>
internal static class MaskedEmail
{
    public static string Of(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "…" : $"{email[0]}…{email[at..]}";
    }
}
