using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// Verifies fal's webhook signatures: ED25519 over <c>{request id}\n{user id}\n{timestamp}\n{hex SHA-256 of the raw body}</c>,
/// sent hex in <c>X-Fal-Webhook-Signature</c>, with any of fal's published keys. The app only verifies; tests sign with
/// their own code (Creo.Testing), so no signing seam ships.
/// </summary>
public sealed class FalWebhookVerifier(FalWebhookKeys keys, TimeProvider clock)
{
    /// <summary>How far a timestamp may be from now either way; older deliveries could be replays.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 64;

    public async Task<bool> IsValidAsync(string? requestId, string? userId, string? timestamp, string? signature, byte[] body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(requestId) || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(timestamp)
            || signature is not { Length: SignatureLength * 2 }
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt)
            || Math.Abs((decimal)clock.GetUtcNow().ToUnixTimeSeconds() - sentAt) > (decimal)Tolerance.TotalSeconds)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var message = Encoding.UTF8.GetBytes($"{requestId}\n{userId}\n{timestamp}\n{Convert.ToHexStringLower(SHA256.HashData(body))}");
        if (VerifiesWithAny(await keys.CurrentAsync(cancellationToken), message, given))
        {
            return true;
        }

        return await keys.RefetchAsync(cancellationToken) is { } fresh && VerifiesWithAny(fresh, message, given);
    }

    private static bool VerifiesWithAny(IReadOnlyList<PublicKey> candidates, byte[] message, byte[] signature) =>
        candidates.Any(key => SignatureAlgorithm.Ed25519.Verify(key, message, signature));
}
