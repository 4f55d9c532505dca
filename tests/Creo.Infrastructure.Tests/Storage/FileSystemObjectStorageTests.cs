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

    protected override void Configure(Dictionary<string, string?> settings)
    {
    }
}
