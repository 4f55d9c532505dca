using System.Text;
using Creo.Infrastructure.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// Signed, expiring URLs for the file-system store: the object key sealed until its expiry (see
/// <see cref="SealedTokens"/>). A tampered or expired token opens nothing.
/// </summary>
public sealed class SignedMediaUrls(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string RoutePrefix = "/media/";

    private readonly SealedTokens tokens = new(dataProtection, "Creo.Storage.SignedMediaUrls.v1", clock);

    public Uri Create(string key, DateTimeOffset expiresAt) =>
        new(RoutePrefix + tokens.Seal(Encoding.UTF8.GetBytes(key), expiresAt), UriKind.Relative);

    /// <summary>The object key and expiry sealed in <paramref name="token"/>, or null when it is forged, damaged or expired.</summary>
    public (string Key, DateTimeOffset ExpiresAt)? Open(string token) =>
        tokens.Open(token) is var (payload, expiresAt) ? (Encoding.UTF8.GetString(payload), expiresAt) : null;
}
