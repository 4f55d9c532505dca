using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Creo.Infrastructure.Common;

/// <summary>
/// What every link that grants access for a while is made of: a payload and its expiry sealed with the app's Data
/// Protection keys (kept in the database, so every instance opens every other's tokens), URL-safe. A forged, damaged
/// or expired token opens nothing. Expiry is judged on the app's <see cref="TimeProvider"/>, the clock the rest of
/// the app (and its tests) runs on. Each kind of link seals under a purpose of its own, so one kind never opens as another.
/// </summary>
internal sealed class SealedTokens(IDataProtectionProvider dataProtection, string purpose, TimeProvider clock)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector(purpose);

    public string Seal(ReadOnlySpan<byte> payload, DateTimeOffset expiresAt)
    {
        var sealedPayload = new byte[sizeof(long) + payload.Length];
        BinaryPrimitives.WriteInt64BigEndian(sealedPayload, expiresAt.ToUnixTimeSeconds());
        payload.CopyTo(sealedPayload.AsSpan(sizeof(long)));
        return WebEncoders.Base64UrlEncode(protector.Protect(sealedPayload));
    }

    /// <summary>The payload and expiry sealed in <paramref name="token"/>, or null when it is forged, damaged or expired.</summary>
    public (byte[] Payload, DateTimeOffset ExpiresAt)? Open(string token)
    {
        byte[] sealedPayload;
        try
        {
            sealedPayload = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        if (sealedPayload.Length < sizeof(long))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(sealedPayload));
        return expiresAt <= clock.GetUtcNow() ? null : (sealedPayload[sizeof(long)..], expiresAt);
    }
}
