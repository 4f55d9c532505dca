using System.Diagnostics;
using System.IO.Compression;
using Creo.Application.Privacy.BuildDataExport;
using Creo.Application.Privacy.RequestDataExport;
using Creo.Benchmarks.Measuring;
using Creo.Benchmarks.Seeding;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// A copy of the data of a person with a long history: <c>BuildDataExportJob</c> over their generations, ledger
/// and media, timed, with the memory it took. Every module's rows are streamed and the archive is written to a
/// temporary file as they are read, so the memory it takes should not follow the size of the history: histories a
/// tenth and ten times as long are measured alongside (issue 17: peak growth at 100k within 1.5× that at 1k, nothing
/// live afterwards beyond 1 MiB).
/// </summary>
public sealed class ExportScenario : IScenario
{
    private const int MediaBytes = 16 * 1024;

    public string Name => "export";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var dataSource = app.DataSource;
        var rows = new List<IReadOnlyList<string>>();
        int[] sizes = [scale.ExportGenerations / 10, scale.ExportGenerations, scale.ExportGenerations * 10];
        var gc = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";
        Console.WriteLine($"    {gc} GC");
        for (var person = 0; person < sizes.Length; person++)
        {
            var generations = sizes[person];
            var (_, userId) = await app.SignUpAsync($"bench-export-{person}@example.com");
            var result = await MeasureAsync(app, dataSource, userId, generations);
            Console.WriteLine($"    export of {generations} generations: {result.Took.TotalSeconds:0.0} s, peak +{Mib(result.PeakGrowth):0.0} MiB, live after {Mib(result.LiveAfter):0.0} MiB, {Mib(result.Allocated):0} MiB allocated, archive {Mib(result.ArchiveBytes):0.0} MiB");
            rows.Add([
                Report.Count(generations), $"{Report.Number(result.Took.TotalSeconds)} s", $"{Report.Number(Mib(result.ArchiveBytes))} MiB", Report.Count(result.Entries),
                $"**{Report.Number(Mib(result.PeakGrowth))} MiB**", $"{Report.Number(Mib(result.LiveAfter))} MiB", $"{Report.Number(Mib(result.Allocated), "0")} MiB",
            ]);
        }

        report.Section(
            "A copy of the data of a long history",
            $"`BuildDataExportJob` ({gc} GC) for a person with {Report.Count(scale.ExportGenerations)} generations (prompts and parameters), as many ledger entries and one {MediaBytes / 1024} KiB image per generation, from PostgreSQL and the file-system store into a ZIP written to a temporary file and then stored; and for people with a tenth and ten times that. Peak growth is the growth of the whole process's resident set (`VmHWM`, reset just before): with server GC most of it is the young generation filling with short-lived buffers before a collection, which is why it follows what was allocated. Live after is how much more managed heap is reachable once the job is done (after a full collection) than before it began.");
        report.Table(["generations", "took", "archive", "entries", "peak memory growth", "live after", "allocated"], rows);
    }

    private static double Mib(long bytes) => bytes / 1048576.0;

    private sealed record Result(TimeSpan Took, long PeakGrowth, long LiveAfter, long Allocated, long ArchiveBytes, int Entries);

    private static async Task<Result> MeasureAsync(BenchApp app, NpgsqlDataSource dataSource, Guid userId, int generations)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = await BulkSeed.GenerationsAsync(dataSource, userId, generations, now);
        await BulkSeed.CreditEntriesAsync(dataSource, userId, generations, now);
        var media = new byte[MediaBytes];
        Random.Shared.NextBytes(media);
        foreach (var id in ids)
        {
            var file = Path.Combine(app.DataDirectory, "media", BulkSeed.OutputKey(userId, id));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, media);
        }

        var export = await app.SendAsync(new RequestDataExportCommand(userId));
        PeakMemory.Reset();
        var before = PeakMemory.CurrentBytes;
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await app.RunJobAsync(new BuildDataExportJob(export.Id));
        var took = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakGrowth = PeakMemory.PeakBytes - before;
        var liveAfter = GC.GetTotalMemory(forceFullCollection: true) - liveBefore;

        var archive = Directory.GetFiles(Path.Combine(app.DataDirectory, "media", "users", userId.ToString("N"), "exports")).Single();
        using var zip = ZipFile.OpenRead(archive);
        if (zip.Entries.Count(e => e.FullName.StartsWith("media/generations/", StringComparison.Ordinal)) != generations)
        {
            throw new InvalidOperationException("The archive does not hold every generation's media.");
        }

        return new Result(took, peakGrowth, liveAfter, allocated, new FileInfo(archive).Length, zip.Entries.Count);
    }
}
