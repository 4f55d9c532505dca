using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// Signed, expiring URLs for the file-system store: the object key and its expiry are sealed with the app's
/// Data Protection keys (kept in the database, so every instance accepts every other's URLs). A tampered or
/// expired token opens nothing. The expiry is checked against the app's <see cref="TimeProvider"/>, not the
/// wall clock, so the rule is the same one the rest of the app (and its tests) run on.
/// </summary>
public sealed class SignedMediaUrls(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string RoutePrefix = "/media/";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Creo.Storage.SignedMediaUrls.v1");

    public Uri Create(string key, DateTimeOffset expiresAt)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var payload = new byte[sizeof(long) + keyBytes.Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, expiresAt.ToUnixTimeSeconds());
        keyBytes.CopyTo(payload, sizeof(long));
        return new Uri(RoutePrefix + WebEncoders.Base64UrlEncode(protector.Protect(payload)), UriKind.Relative);
    }

    /// <summary>The object key and expiry sealed in <paramref name="token"/>, or null when it is forged, damaged or expired.</summary>
    public (string Key, DateTimeOffset ExpiresAt)? Open(string token)
    {
        byte[] payload;
        try
        {
            payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload));
        return expiresAt <= clock.GetUtcNow() ? null : (Encoding.UTF8.GetString(payload.AsSpan(sizeof(long))), expiresAt);
    }
}
