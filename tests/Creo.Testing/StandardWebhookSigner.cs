using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Creo.Testing;

/// <summary>
/// Signs a delivery the way Replicate does (Standard Webhooks: HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c> with the
/// base64 key after <c>whsec_</c>). Written here, apart from the app's verifier, so a mistake in one is caught by the other
/// and production code carries no signing seam.
/// </summary>
public static class StandardWebhookSigner
{
    private const string SecretPrefix = "whsec_";

    /// <summary>The <c>webhook-signature</c> header value for one delivery.</summary>
    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
