using System.Diagnostics;
using System.IO.Compression;
using System.Runtime;
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

    /// <summary>Set for the second process (the other GC): where it writes its rows for the first.</summary>
    private const string RowsFileVariable = "CREO_BENCH_EXPORT_ROWS";

    public string Name => "export";

    public async Task RunAsync(Report report, Scale scale)
    {
        var gc = GCSettings.IsServerGC ? "server" : "workstation";
        Console.WriteLine($"    {gc} GC");
        var rows = await MeasureSizesAsync(scale, gc);
        if (Environment.GetEnvironmentVariable(RowsFileVariable) is { Length: > 0 } rowsFile)
        {
            // The run under the other GC, started below: it hands its rows back and reports nothing itself.
            await File.WriteAllLinesAsync(rowsFile, rows.Select(row => string.Join('\t', row)));
            return;
        }

        rows.AddRange(await MeasureUnderOtherGcAsync(scale, otherIsServer: gc != "server"));
        report.Section(
            "A copy of the data of a long history",
            $"`BuildDataExportJob` for a person with {Report.Count(scale.ExportGenerations)} generations (prompts and parameters), as many ledger entries and one {MediaBytes / 1024} KiB image per generation, from PostgreSQL and the file-system store into a ZIP written to a temporary file and then stored; and for people with a tenth and ten times that; under server GC and, in a second process, workstation GC. Each process first builds one small export unmeasured (JIT, EF's query caches and the connection pool are paid once per process, not per history). Peak growth is the growth of the whole process's resident set (`VmHWM`, reset just before); live after is how much more managed heap is reachable once the job is done (after a full collection) than before it began. Issue 17's targets: peak growth at the largest size within 1.5× that at the smallest, live after within 1 MiB.\n\n" +
            "The archive keeps nothing per entry in memory (its own ZIP writer spills each entry's central directory record to a temporary file) and the rows are streamed; what is left of the peak is the young generation filling with short-lived row, page and copy buffers before a collection. Under server GC that generation is large and adaptive (a heap per core), so the peak swings with when a collection happens to come; under workstation GC it stays small. **Jobs run under workstation GC**: the worker instance of deploy/compose.yaml sets `DOTNET_gcServer=0` (web instances keep server GC, whose throughput suits many concurrent requests); measured, it gave the lower and steadier peak without making the long job slower (docs/export-and-fan-out.md).");
        report.Table(["GC", "generations", "took", "archive", "entries", "peak memory growth", "÷ smallest", "live after", "allocated"], rows);
    }

    /// <summary>A warm-up, then each size in turn; the rows of the table, this GC's.</summary>
    private static async Task<List<string[]>> MeasureSizesAsync(Scale scale, string gc)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var (_, warmUp) = await app.SignUpAsync("bench-export-warm-up@example.com");
        await MeasureAsync(app, app.DataSource, warmUp, 10);
        var rows = new List<string[]>();
        int[] sizes = [scale.ExportGenerations / 10, scale.ExportGenerations, scale.ExportGenerations * 10];
        long smallestPeak = 0;
        for (var person = 0; person < sizes.Length; person++)
        {
            var generations = sizes[person];
            var (_, userId) = await app.SignUpAsync($"bench-export-{person}@example.com");
            var result = await MeasureAsync(app, app.DataSource, userId, generations);
            smallestPeak = person == 0 ? Math.Max(result.PeakGrowth, 1) : smallestPeak;
            Console.WriteLine($"    export of {generations} generations ({gc} GC): {result.Took.TotalSeconds:0.0} s, peak +{Mib(result.PeakGrowth):0.0} MiB, live after {Mib(result.LiveAfter):0.0} MiB, {Mib(result.Allocated):0} MiB allocated, archive {Mib(result.ArchiveBytes):0.0} MiB");
            rows.Add([
                gc, Report.Count(generations), $"{Report.Number(result.Took.TotalSeconds)} s", $"{Report.Number(Mib(result.ArchiveBytes))} MiB", Report.Count(result.Entries),
                $"**{Report.Number(Mib(result.PeakGrowth))} MiB**", $"{Report.Number((double)result.PeakGrowth / smallestPeak, "0.00")}×",
                $"{Report.Number(Mib(result.LiveAfter))} MiB", $"{Report.Number(Mib(result.Allocated), "0")} MiB",
            ]);
        }

        return rows;
    }

    /// <summary>The same sizes in a second process of this program (the GC is chosen when a process starts), its rows read back.</summary>
    private static async Task<IEnumerable<string[]>> MeasureUnderOtherGcAsync(Scale scale, bool otherIsServer)
    {
        var rowsFile = Path.Combine(Path.GetTempPath(), $"creo-bench-export-{Guid.NewGuid():N}.tsv");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        start.ArgumentList.Add("export");
        if (scale == Scale.Quick)
        {
            start.ArgumentList.Add("--quick");
        }

        start.Environment["DOTNET_gcServer"] = otherIsServer ? "1" : "0";
        start.Environment[RowsFileVariable] = rowsFile;
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        try
        {
            return process.ExitCode == 0
                ? (await File.ReadAllLinesAsync(rowsFile)).Select(line => line.Split('\t'))
                : throw new InvalidOperationException($"The export benchmark under the other GC exited with {process.ExitCode}.");
        }
        finally
        {
            File.Delete(rowsFile);
        }
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

        // Seeding a long history leaves the heap resident though free (server GC above all), and the export would
        // reuse those pages without growing the resident set: hand them back first, or the peak hides in them.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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
