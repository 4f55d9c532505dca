using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// Signed, expiring URLs for the file-system store: the object key and its expiry are sealed with the app's
/// Data Protection keys (kept in the database, so every instance accepts every other's URLs). A tampered or
/// expired token opens nothing.
/// </summary>
public sealed class SignedMediaUrls(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string RoutePrefix = "/media/";

    private readonly ITimeLimitedDataProtector protector =
        dataProtection.CreateProtector("Creo.Storage.SignedMediaUrls.v1").ToTimeLimitedDataProtector();

    public Uri Create(string key, DateTimeOffset expiresAt)
    {
        var sealedKey = protector.Protect(Encoding.UTF8.GetBytes(key), expiresAt);
        return new Uri(RoutePrefix + WebEncoders.Base64UrlEncode(sealedKey), UriKind.Relative);
    }

    /// <summary>The object key and expiry sealed in <paramref name="token"/>, or null when it is forged, damaged or expired.</summary>
    public (string Key, DateTimeOffset ExpiresAt)? Open(string token)
    {
        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(token), out var expiresAt);
            return expiresAt <= clock.GetUtcNow() ? null : (Encoding.UTF8.GetString(bytes), expiresAt);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
