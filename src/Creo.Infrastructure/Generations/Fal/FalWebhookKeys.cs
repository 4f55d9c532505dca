using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// fal's public webhook keys, read from its JWKS and kept for a day. fal's signatures name no key, so a delivery no
/// cached key verifies may be signed with a key fal has just rotated in: the set is fetched again then, but at most
/// once per <see cref="MinRefetchInterval"/>, so forged deliveries cannot make us hammer fal's JWKS address.
/// </summary>
public sealed class FalWebhookKeys(IHttpClientFactory clients, IOptions<FalOptions> options, TimeProvider clock, ILogger<FalWebhookKeys> logger)
{
    public const string ClientName = "fal-jwks";

    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public static readonly TimeSpan MinRefetchInterval = TimeSpan.FromMinutes(1);

    /// <summary>A JWKS is a few hundred bytes; a larger answer is not one.</summary>
    private const int MaxJwksBytes = 64 * 1024;

    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<PublicKey> keys = [];
    private DateTimeOffset? fetchedAt;

    /// <summary>The cached keys, fetched first when there are none yet or they are a day old.</summary>
    public async Task<IReadOnlyList<PublicKey>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (fetchedAt is { } at && clock.GetUtcNow() - at < MaxAge)
        {
            return keys;
        }

        return await FetchAsync(MaxAge, cancellationToken) ?? keys;
    }

    /// <summary>Fetches the keys again after no cached key verified; null when the last fetch was too recent to ask again.</summary>
    public Task<IReadOnlyList<PublicKey>?> RefetchAsync(CancellationToken cancellationToken) => FetchAsync(MinRefetchInterval, cancellationToken);

    private async Task<IReadOnlyList<PublicKey>?> FetchAsync(TimeSpan ifOlderThan, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Checked again under the lock: deliveries arriving together share one fetch.
            if (fetchedAt is { } at && clock.GetUtcNow() - at < ifOlderThan)
            {
                return ifOlderThan == MaxAge ? keys : null;
            }

            fetchedAt = clock.GetUtcNow();
            keys = await ReadAsync(cancellationToken);
            return keys;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<PublicKey>> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(options.Value.JwksUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxJwksBytes)
            {
                logger.LogWarning("fal's JWKS answered {Status}; webhooks are refused until it can be read", (int)response.StatusCode);
                return [];
            }

            var jwks = await response.Content.ReadFromJsonAsync(FalJson.Default.FalJwks, cancellationToken);
            return [.. (jwks?.Keys ?? []).Select(ToPublicKey).OfType<PublicKey>()];
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Refused until the next fetch; fal retries its deliveries, and the job polls in any case.
            logger.LogWarning("fal's JWKS could not be read ({ExceptionType}); webhooks are refused until it can be", exception.GetType().Name);
            return [];
        }
    }

    /// <summary>An OKP/Ed25519 key's raw 32 bytes, base64url in <c>x</c>; any other entry is skipped.</summary>
    private static PublicKey? ToPublicKey(FalJwk jwk)
    {
        if (jwk.Kty != "OKP" || jwk.Crv != "Ed25519" || string.IsNullOrEmpty(jwk.X))
        {
            return null;
        }

        byte[] raw;
        try
        {
            raw = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(jwk.X);
        }
        catch (FormatException)
        {
            return null;
        }

        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key) ? key : null;
    }
}
