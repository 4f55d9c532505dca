using System.Security.Cryptography;
using System.Text;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// Replicate signs webhooks the Standard Webhooks way: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{raw body}</c>
/// with the base64 key after <c>whsec_</c>, sent as <c>v1,&lt;base64&gt;</c> entries in <c>webhook-signature</c>.
/// The app only verifies; tests sign with their own code (Creo.Testing), so no signing seam ships.
/// </summary>
public static class ReplicateWebhookSignature
{
    /// <summary>How far a timestamp may be from now either way; older deliveries could be replays.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string SecretPrefix = "whsec_";
    private const string VersionPrefix = "v1,";
    private const int SignatureLength = 32;

    public static bool IsValid(string secret, string? id, string? timestamp, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatureHeader)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt)
            || Math.Abs((decimal)now.ToUnixTimeSeconds() - sentAt) > (decimal)Tolerance.TotalSeconds)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        Compute(KeyOf(secret), id, timestamp, body, expected);

        // Room for one byte too many, so a longer value fails on its length rather than on the buffer.
        Span<byte> given = stackalloc byte[SignatureLength + 1];
        foreach (var entry in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith(VersionPrefix, StringComparison.Ordinal)
                && Convert.TryFromBase64String(entry[VersionPrefix.Length..], given, out var written)
                && written == SignatureLength
                && CryptographicOperations.FixedTimeEquals(expected, given[..written]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>id</c> of the prediction a webhook delivers, or null when the body is not a prediction.</summary>
    public static string? PredictionIdOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } predictionId ? predictionId : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] KeyOf(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        try
        {
            return Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            // Never the secret itself in the message.
            throw new InvalidOperationException($"{ReplicateOptions.Section}:WebhookSecret is not a whsec_<base64> signing secret.");
        }
    }

    private static void Compute(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
