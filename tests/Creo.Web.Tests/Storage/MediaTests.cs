using System.Net;
using Creo.Application.Common.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Storage;

/// <summary>The file-system store's signed URLs, served by the app over HTTP.</summary>
public sealed class MediaTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IObjectStorage Storage => app.App.Services.GetRequiredService<IObjectStorage>();

    [Fact]
    public async Task A_signed_url_serves_the_object_privately_for_no_longer_than_it_lives()
    {
        var key = $"users/{Guid.NewGuid():N}/a.png";
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        await Storage.PutAsync(key, new MemoryStream(bytes), "image/png", Cancel);

        var url = Storage.GetReadUrl(key, app.App.Clock.GetUtcNow().AddMinutes(30));
        using var response = await app.Http.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(Cancel));
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Private);
        Assert.InRange(cache.MaxAge!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task An_expired_tampered_or_deleted_url_serves_nothing()
    {
        var key = $"users/{Guid.NewGuid():N}/b.png";
        await Storage.PutAsync(key, new MemoryStream([1]), "image/png", Cancel);
        var expiring = Storage.GetReadUrl(key, app.App.Clock.GetUtcNow().AddMinutes(5));
        var tampered = new Uri(expiring.OriginalString[..^3] + "AAA", UriKind.Relative);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(tampered, Cancel)).StatusCode);

        var deleted = Storage.GetReadUrl(key, app.App.Clock.GetUtcNow().AddMinutes(30));
        await Storage.DeleteAsync(key, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(deleted, Cancel)).StatusCode);

        await Storage.PutAsync(key, new MemoryStream([1]), "image/png", Cancel);
        app.App.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync(expiring, Cancel)).StatusCode);
    }
}
