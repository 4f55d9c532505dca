using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Creo.Application.Privacy.BuildDataExport.Zip;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// The data export's own ZIP writer, read back by other programs: System.IO.Compression, Python's zipfile and
/// Info-ZIP's unzip. The same content, names (UTF-8 too), times; ZIP64 past 65,535 entries; and nothing kept per entry.
/// </summary>
[Collection(nameof(ZipStreamWriterTests))]
public sealed class ZipStreamWriterTests : IDisposable
{
    private static readonly DateTimeOffset Written = new(2026, 12, 6, 23, 30, 42, TimeSpan.Zero);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"creo-zip-test-{Guid.NewGuid():N}.zip");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task Entries_read_back_with_their_names_contents_and_time()
    {
        var media = new byte[200_000];
        new Random(17).NextBytes(media);
        var json = string.Concat(Enumerable.Repeat("{\"prompt\": \"a fox in the snow\"},\n", 5_000));
        await WriteAsync(async zip =>
        {
            await zip.AddAsync("generations/generations.json", compress: true, s => s.WriteAsync(Encoding.UTF8.GetBytes(json), Cancel).AsTask(), Cancel);
            await zip.AddAsync("media/generations/photo.png", compress: false, s => new MemoryStream(media).CopyToAsync(s, Cancel), Cancel);
            await zip.AddAsync("media/uploads/Crëo naïve 日本.png", compress: false, s => s.WriteAsync(media.AsMemory(0, 10), Cancel).AsTask(), Cancel);
            await zip.AddAsync("empty.txt", compress: true, _ => Task.CompletedTask, Cancel);
            await zip.AddAsync("empty-stored.txt", compress: false, _ => Task.CompletedTask, Cancel);
        });

        using var archive = ZipFile.OpenRead(path);
        Assert.Equal(
            ["generations/generations.json", "media/generations/photo.png", "media/uploads/Crëo naïve 日本.png", "empty.txt", "empty-stored.txt"],
            archive.Entries.Select(e => e.FullName));
        Assert.Equal(json, Encoding.UTF8.GetString(await ReadAsync(archive, "generations/generations.json")));
        Assert.True(archive.GetEntry("generations/generations.json")!.CompressedLength < json.Length / 10);
        Assert.Equal(media, await ReadAsync(archive, "media/generations/photo.png"));
        Assert.Equal(media.Length, archive.GetEntry("media/generations/photo.png")!.CompressedLength);
        Assert.Equal(media[..10], await ReadAsync(archive, "media/uploads/Crëo naïve 日本.png"));
        Assert.Empty(await ReadAsync(archive, "empty.txt"));
        Assert.Empty(await ReadAsync(archive, "empty-stored.txt"));
        Assert.All(archive.Entries, e => Assert.Equal(Written.DateTime, e.LastWriteTime.DateTime));

        // Python checks every CRC and reads the UTF-8 flag; unzip -t checks each local header against the directory.
        Assert.Equal("5 OK Crëo naïve 日本.png", await PythonAsync("print(len(z.namelist()), z.testzip() or 'OK', z.namelist()[2].split('/')[-1])"));
        var test = await RunAsync("unzip", "-t", path);
        Assert.Contains("No errors detected", test);
    }

    [Fact]
    public async Task More_than_65535_entries_open_everywhere_through_zip64()
    {
        const int Count = 70_000;
        await WriteAsync(async zip =>
        {
            for (var i = 0; i < Count; i++)
            {
                var content = Encoding.UTF8.GetBytes($"entry {i}");
                await zip.AddAsync($"media/{i:D6}.txt", compress: false, s => s.WriteAsync(content, Cancel).AsTask(), Cancel);
            }
        });

        using (var archive = ZipFile.OpenRead(path))
        {
            Assert.Equal(Count, archive.Entries.Count);
            Assert.Equal("entry 69999", Encoding.UTF8.GetString(await ReadAsync(archive, "media/069999.txt")));
            Assert.Equal("entry 0", Encoding.UTF8.GetString(await ReadAsync(archive, "media/000000.txt")));
        }

        Assert.Equal($"{Count} OK entry 65535", await PythonAsync("print(len(z.namelist()), z.testzip() or 'OK', z.read('media/065535.txt').decode())"));
        var listing = (await RunAsync("unzip", "-l", path)).TrimEnd().Split('\n')[^1];
        Assert.EndsWith($"{Count} files", listing.TrimEnd());
    }

    /// <summary>
    /// The attack on memory: a history long enough to need ZIP64. System.IO.Compression's ZipArchive keeps each entry
    /// (object, name, metadata) until it is disposed — about 30 MiB here; this writer must keep nothing per entry.
    /// </summary>
    [Fact]
    public async Task Keeps_nothing_per_entry_in_memory()
    {
        const int Count = 100_000;
        var content = new byte[64];
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
        await using var zip = new ZipStreamWriter(file, Written);
        await zip.AddAsync("warm-up.bin", compress: false, s => s.WriteAsync(content, Cancel).AsTask(), Cancel);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Count; i++)
        {
            await zip.AddAsync($"media/generations/{Guid.NewGuid():N}/{Guid.NewGuid():N}.png", compress: false, s => s.WriteAsync(content, Cancel).AsTask(), Cancel);
        }

        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
        await zip.FinishAsync(Cancel);
        // About 20 bytes an entry at most, against ZipArchive's 560; GC.GetTotalMemory counts the whole process, hence
        // the margin and the collection of its own that keeps the other tests from running meanwhile.
        Assert.True(growth < 2 * 1024 * 1024, $"{Count} entries kept {growth:N0} bytes reachable.");
    }

    [Fact]
    public async Task Refuses_a_destination_it_cannot_seek_and_a_name_it_cannot_hold()
    {
        await using var pipe = new UnseekableStream();
        Assert.Throws<ArgumentException>(() => new ZipStreamWriter(pipe, Written));

        await WriteAsync(async zip =>
        {
            await Assert.ThrowsAsync<ArgumentException>(() => zip.AddAsync(string.Empty, compress: true, _ => Task.CompletedTask, Cancel));
            await Assert.ThrowsAsync<ArgumentException>(() => zip.AddAsync(new string('a', 70_000), compress: true, _ => Task.CompletedTask, Cancel));
        });
        using var archive = ZipFile.OpenRead(path);
        Assert.Empty(archive.Entries);
    }

    private async Task WriteAsync(Func<ZipStreamWriter, Task> write)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
        await using var zip = new ZipStreamWriter(file, Written);
        await write(zip);
        await zip.FinishAsync(Cancel);
    }

    private static async Task<byte[]> ReadAsync(ZipArchive archive, string name)
    {
        await using var entry = await archive.GetEntry(name)!.OpenAsync(Cancel);
        using var copy = new MemoryStream();
        await entry.CopyToAsync(copy, Cancel);
        return copy.ToArray();
    }

    private Task<string> PythonAsync(string script) =>
        RunAsync("python3", "-c", $"import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n{script}", path).ContinueWith(t => t.Result.Trim(), Cancel, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = await process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {error}\n{await output}");
        return await output;
    }

    private sealed class UnseekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}

/// <summary>
/// Runs alone, after the parallel tests: the memory test reads the process's whole managed heap, which other tests
/// running meanwhile would grow.
/// </summary>
[CollectionDefinition(nameof(ZipStreamWriterTests), DisableParallelization = true)]
public sealed class ZipStreamWriterTestsCollection;
