using System.Buffers.Binary;
using System.Net;
using System.Text;
using Creo.Application.Common.Ports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Storage;

/// <summary>
/// Every media read goes through its owner's session (<c>/api/media/…</c>); there is no anonymous route that a sealed
/// token alone opens, so a forged token (say, from a stolen key ring) opens nothing.
/// </summary>
public sealed class MediaTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_anonymous_media_route_is_gone_even_for_a_validly_sealed_token()
    {
        var key = $"users/{Guid.NewGuid():N}/a.png";
        await app.App.Services.GetRequiredService<IObjectStorage>().PutAsync(key, new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png", Cancel);

        // Sealed exactly as the removed /media/{token} route's links were: the expiry, then the key, under its purpose.
        var payload = new byte[sizeof(long) + Encoding.UTF8.GetByteCount(key)];
        BinaryPrimitives.WriteInt64BigEndian(payload, app.App.Clock.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds());
        Encoding.UTF8.GetBytes(key, payload.AsSpan(sizeof(long)));
        var protector = app.App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Creo.Storage.SignedMediaUrls.v1");
        var token = WebEncoders.Base64UrlEncode(protector.Protect(payload));

        using var response = await app.Http.GetAsync($"/media/{token}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
