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
/// and media, timed, with the process's peak memory and the bytes it allocated while building — the archive is
/// streamed, so neither should follow the size of the history.
/// </summary>
public sealed class ExportScenario : IScenario
{
    private const int MediaBytes = 16 * 1024;

    public string Name => "export";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var (_, userId) = await app.SignUpAsync("bench-export@example.com");
        await using var dataSource = NpgsqlDataSource.Create(app.Database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        var ids = await BulkSeed.GenerationsAsync(dataSource, userId, scale.ExportGenerations, now);
        await BulkSeed.CreditEntriesAsync(dataSource, userId, scale.ExportGenerations, now);
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
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await app.RunJobAsync(new BuildDataExportJob(export.Id));
        var took = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakGrowth = PeakMemory.PeakBytes - before;

        var archive = Directory.GetFiles(Path.Combine(app.DataDirectory, "media", "users", userId.ToString("N"), "exports")).Single();
        long entries;
        using (var zip = ZipFile.OpenRead(archive))
        {
            entries = zip.Entries.Count;
            if (zip.Entries.Count(e => e.FullName.StartsWith("media/generations/", StringComparison.Ordinal)) != scale.ExportGenerations)
            {
                throw new InvalidOperationException("The archive does not hold every generation's media.");
            }
        }

        var size = new FileInfo(archive).Length;
        Console.WriteLine($"    export of {scale.ExportGenerations} generations: {took.TotalSeconds:0.0} s, peak +{peakGrowth / 1048576.0:0.0} MiB, {allocated / 1048576.0:0} MiB allocated, archive {size / 1048576.0:0.0} MiB");
        report.Section(
            "A copy of the data of a long history",
            $"`BuildDataExportJob` for a person with {Report.Count(scale.ExportGenerations)} generations (prompts and parameters), {Report.Count(scale.ExportGenerations)} ledger entries and one {MediaBytes / 1024} KiB image per generation, from PostgreSQL and the file-system store into a ZIP of {Report.Count(entries)} entries. Peak memory is the growth of the whole process's resident set (`VmHWM`, reset just before); allocated is what the .NET heap handed out meanwhile, most of it short-lived.");
        report.Table(["generations", "took", "archive", "peak memory growth", "allocated"],
        [[Report.Count(scale.ExportGenerations), $"{Report.Number(took.TotalSeconds)} s", $"{Report.Number(size / 1048576.0)} MiB", $"**{Report.Number(peakGrowth / 1048576.0)} MiB**", $"{Report.Number(allocated / 1048576.0, "0")} MiB"]]);
    }
}
