using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The second step of an act that cannot be undone carries what the first step showed, sealed with Data Protection:
/// the exact target (an account, a breach and the fingerprint of who it tells), the reason and an expiry. The seal's
/// purpose names the act and the staff member, so a token that was changed, made for another act, or made for
/// another member of staff does not open, and the confirming form can only act on what was confirmed.
/// </summary>
public static class StaffConfirmations
{
    /// <summary>Long enough to read a list and decide; short enough that a confirmation left open is not a standing order.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string Seal<T>(IDataProtectionProvider protection, string act, Guid staffUserId, T ticket) =>
        Protector(protection, act, staffUserId).Protect(JsonSerializer.Serialize(ticket));

    /// <summary>The ticket sealed for this act and this staff member, or null when the token is anything else.</summary>
    public static T? Open<T>(IDataProtectionProvider protection, string act, Guid staffUserId, string? token)
        where T : class
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Protector(protection, act, staffUserId).Unprotect(token));
        }
        catch (Exception error) when (error is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static IDataProtector Protector(IDataProtectionProvider protection, string act, Guid staffUserId) =>
        protection.CreateProtector("Creo.Web.StaffConfirmation", act, staffUserId.ToString("N"));
}
