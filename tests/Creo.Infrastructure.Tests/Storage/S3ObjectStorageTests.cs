using System.Net;
using Creo.Testing;

namespace Creo.Infrastructure.Tests.Storage;

/// <summary>Against a real S3-compatible server (the same AWSSDK.S3 client and settings as for Cloudflare R2).</summary>
public sealed class S3ObjectStorageTests : ObjectStorageContract
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_presigned_url_serves_the_object_privately()
    {
        var bytes = RandomBytes(1000);
        await PutAsync(Prefix + "shared.png", bytes, "image/png");

        var url = Storage.GetReadUrl(Prefix + "shared.png", DateTimeOffset.UtcNow.AddMinutes(30));
        using var response = await Http.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Contains("private", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_presigned_url_stops_working_when_it_expires_or_is_tampered_with()
    {
        await PutAsync(Prefix + "short.png", [1, 2], "image/png");

        var signature = Storage.GetReadUrl(Prefix + "short.png", DateTimeOffset.UtcNow.AddMinutes(5)).ToString();
        var forged = signature[..^4] + (signature[^4] == 'a' ? 'b' : 'a') + signature[^3..];
        using (var response = await Http.GetAsync(forged, Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // The S3 server's clock decides expiry, so no fake clock reaches it: the link works at first, and the test
        // waits for the server's refusal (Eventually's 30 s are a generous margin over the link's 2 s).
        var expiring = Storage.GetReadUrl(Prefix + "short.png", DateTimeOffset.UtcNow.AddSeconds(2));
        using (var response = await Http.GetAsync(expiring, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.UntilAsync(
            async () =>
            {
                using var response = await Http.GetAsync(expiring, Cancel);
                return response.StatusCode;
            },
            status => status == HttpStatusCode.Forbidden,
            status => $"The expired link still answered {status}.");
    }

    protected override void Configure(Dictionary<string, string?> settings) => settings.WithS3Storage();
}
