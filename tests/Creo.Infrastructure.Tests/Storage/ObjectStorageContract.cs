using System.Text;
using Creo.Application.Common.Ports;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Storage;

/// <summary>What every object store must do; run against the file system and against a real S3-compatible server.</summary>
public abstract class ObjectStorageContract : IAsyncLifetime
{
    private CreoServices? services;

    protected IObjectStorage Storage => services!.Provider.GetRequiredService<IObjectStorage>();

    protected CreoServices Services => services!;

    /// <summary>Every test writes under a prefix of its own, so the shared bucket never mixes tests.</summary>
    protected string Prefix { get; } = $"tests/{Guid.NewGuid():N}/";

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await CreoServices.StartAsync(DatabaseProvider.Sqlite, Configure);

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await Storage.DeletePrefixAsync(Prefix, CancellationToken.None);
            await services.DisposeAsync();
        }
    }

    protected abstract void Configure(Dictionary<string, string?> settings);

    [Fact]
    public async Task An_object_reads_back_as_written()
    {
        var bytes = RandomBytes(300_000);
        await PutAsync(Prefix + "outputs/0.png", bytes, "image/png");

        await using var stored = await Storage.OpenReadAsync(Prefix + "outputs/0.png", Cancel);

        Assert.NotNull(stored);
        Assert.Equal("image/png", stored.ContentType);
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal(bytes, await ReadAllAsync(stored.Content));
    }

    [Fact]
    public async Task Keys_with_spaces_and_accents_work()
    {
        var key = Prefix + "crëo ünïcode/mon image.png";
        await PutAsync(key, Encoding.UTF8.GetBytes("é"), "image/png");

        Assert.True(await Storage.ExistsAsync(key, Cancel));
        Assert.Equal([key], await Storage.ListAsync(Prefix, Cancel));
    }

    [Fact]
    public async Task A_missing_object_is_null_not_an_error()
    {
        Assert.Null(await Storage.OpenReadAsync(Prefix + "nothing.png", Cancel));
        Assert.False(await Storage.ExistsAsync(Prefix + "nothing.png", Cancel));
    }

    [Fact]
    public async Task Deleting_removes_the_object_and_can_be_repeated()
    {
        await PutAsync(Prefix + "a.png", [1, 2, 3], "image/png");

        await Storage.DeleteAsync(Prefix + "a.png", Cancel);
        await Storage.DeleteAsync(Prefix + "a.png", Cancel);

        Assert.False(await Storage.ExistsAsync(Prefix + "a.png", Cancel));
    }

    [Fact]
    public async Task Deleting_an_object_that_never_existed_is_not_an_error()
    {
        await Storage.DeleteAsync(Prefix + "never/made/a.zip", Cancel);

        Assert.False(await Storage.ExistsAsync(Prefix + "never/made/a.zip", Cancel));
    }

    [Fact]
    public async Task Deleting_a_prefix_removes_everything_under_it_and_nothing_else()
    {
        await PutAsync(Prefix + "users/u1/a.png", [1], "image/png");
        await PutAsync(Prefix + "users/u1/deep/b.png", [2], "image/png");
        await PutAsync(Prefix + "users/u10/c.png", [3], "image/png");

        var removed = await Storage.DeletePrefixAsync(Prefix + "users/u1/", Cancel);

        Assert.Equal(2, removed);
        Assert.Equal([Prefix + "users/u10/c.png"], await Storage.ListAsync(Prefix, Cancel));
    }

    /// <summary>S3 deletes at most 1,000 keys per request and lists 1,000 per page: more than that must all go.</summary>
    [Fact]
    public async Task Deleting_a_prefix_with_more_than_a_thousand_objects_removes_them_all()
    {
        const int count = 1_205;
        // One after another: simple and quick enough on both stores (a few seconds on the S3 stand-in).
        for (var i = 0; i < count; i++)
        {
            await PutAsync($"{Prefix}many/{i:D5}.png", [(byte)i], "image/png");
        }

        await PutAsync(Prefix + "kept/a.png", [1], "image/png");

        var removed = await Storage.DeletePrefixAsync(Prefix + "many/", Cancel);

        Assert.Equal(count, removed);
        Assert.Empty(await Storage.ListAsync(Prefix + "many/", Cancel));
        Assert.Equal([Prefix + "kept/a.png"], await Storage.ListAsync(Prefix, Cancel));
    }

    [Fact]
    public async Task An_opened_object_tells_its_validators_and_seeks_to_any_position()
    {
        var bytes = RandomBytes(200_000);
        await PutAsync(Prefix + "video.mp4", bytes, "video/mp4");

        await using var stored = await Storage.OpenReadAsync(Prefix + "video.mp4", Cancel);

        Assert.NotNull(stored);
        Assert.True(stored.Content.CanSeek);
        Assert.StartsWith("\"", stored.ETag, StringComparison.Ordinal);
        Assert.NotNull(stored.LastModified);
        stored.Content.Seek(150_000, SeekOrigin.Begin);
        var tail = new byte[1_000];
        await stored.Content.ReadExactlyAsync(tail, Cancel);
        Assert.Equal(bytes[150_000..151_000], tail);
        stored.Content.Seek(10, SeekOrigin.Begin);
        var head = new byte[20];
        await stored.Content.ReadExactlyAsync(head, Cancel);
        Assert.Equal(bytes[10..30], head);
    }

    [Theory]
    [InlineData("../escape.png")]
    [InlineData("/absolute.png")]
    [InlineData("a//b.png")]
    [InlineData("a/../../b.png")]
    [InlineData("back\\slash.png")]
    public async Task Keys_that_could_escape_their_prefix_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => PutAsync(key, [1], "image/png"));
    }

    protected async Task PutAsync(string key, byte[] bytes, string contentType)
    {
        using var content = new MemoryStream(bytes);
        await Storage.PutAsync(key, content, contentType, Cancel);
    }

    protected static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Cancel);
        return buffer.ToArray();
    }
}
