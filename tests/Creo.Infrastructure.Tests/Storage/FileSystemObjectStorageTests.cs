using Creo.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Storage;

public sealed class FileSystemObjectStorageTests : ObjectStorageContract
{
    [Fact]
    public async Task Objects_are_files_under_the_data_directory()
    {
        await PutAsync(Prefix + "x.png", [7], "image/png");

        Assert.True(File.Exists(Path.Combine(Services.DataDirectory, "media", Prefix, "x.png")));
    }

    [Fact]
    public async Task Deleting_a_prefix_leaves_no_folder_named_after_it()
    {
        await PutAsync(Prefix + "users/u1/generations/g1/0.png", [1], "image/png");
        await PutAsync(Prefix + "users/u2/a.png", [2], "image/png");

        await Storage.DeletePrefixAsync(Prefix + "users/u1/", Cancel);

        var media = Path.Combine(Services.DataDirectory, "media", Prefix, "users");
        Assert.False(Directory.Exists(Path.Combine(media, "u1")));
        Assert.True(File.Exists(Path.Combine(media, "u2", "a.png")));
    }

    [Fact]
    public void A_signed_url_opens_its_object_until_it_expires()
    {
        var urls = Services.Provider.GetRequiredService<SignedMediaUrls>();
        var expiresAt = Services.Clock.GetUtcNow().AddMinutes(10);
        var url = Storage.GetReadUrl(Prefix + "x.png", expiresAt);
        var token = url.OriginalString[SignedMediaUrls.RoutePrefix.Length..];

        Assert.StartsWith(SignedMediaUrls.RoutePrefix, url.OriginalString);
        Assert.Equal((Prefix + "x.png", expiresAt), urls.Open(token));

        Services.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(urls.Open(token));
    }

    [Fact]
    public void A_tampered_token_opens_nothing()
    {
        var urls = Services.Provider.GetRequiredService<SignedMediaUrls>();
        var token = Storage.GetReadUrl(Prefix + "x.png", Services.Clock.GetUtcNow().AddMinutes(10)).OriginalString[SignedMediaUrls.RoutePrefix.Length..];
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Null(urls.Open(tampered));
        Assert.Null(urls.Open("not-a-token"));
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
    }
}
