using Creo.Application.Credits.GrantCredits;
using System.Diagnostics;
using Creo.Application.Credits.Contracts;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Benchmarks.Measuring;
using Creo.Testing;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// Generations through the whole pipeline — submit, Hangfire on PostgreSQL picks the run up, the local model
/// renders, the output is stored, the hold captured — counted per second from the first submission to the last
/// completion.
/// </summary>
public sealed class PipelineScenario : IScenario
{
    private const int Side = 512;

    public string Name => "pipeline";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: true);
        var (_, userId) = await app.SignUpAsync("bench-pipeline@example.com");
        await app.SendAsync(new GrantCreditsCommand(userId, CreditGrantKind.Purchase, 1_000_000, "bench:pipeline", "Benchmark credits", null));
        var dataSource = app.DataSource;

        // Warm up: one generation end to end (JIT, SkiaSharp, the workers' first poll).
        await SubmitAsync(app, userId, -1);
        await WaitForAsync(dataSource, 1, TimeSpan.FromMinutes(2));

        var started = Stopwatch.GetTimestamp();
        await Load.RunAsync(scale.PipelineGenerations, 4, i => SubmitAsync(app, userId, i));
        var submitted = Stopwatch.GetElapsedTime(started);
        await WaitForAsync(dataSource, scale.PipelineGenerations + 1, TimeSpan.FromMinutes(10));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var perSecond = scale.PipelineGenerations / elapsed.TotalSeconds;
        Console.WriteLine($"    {scale.PipelineGenerations} generations in {elapsed.TotalSeconds:0.0} s: {perSecond:0.0}/s");

        report.Section(
            "Generations through the whole job pipeline",
            $"{Report.Count(scale.PipelineGenerations)} submissions of {Side}×{Side} `local-sketch` images (4 at a time), each run by Hangfire on PostgreSQL (the default worker count, {Environment.ProcessorCount * 2} here), rendered by the local SkiaSharp model, stored on the file system and captured; timed from the first submission to the last success, after one warm-up generation. The local model renders on the same two cores the app and PostgreSQL share, so this is the ceiling of one small instance, not of the design.");
        report.Table(["generations", "submitted in", "all succeeded after", "generations / s"],
        [[Report.Count(scale.PipelineGenerations), $"{Report.Number(submitted.TotalSeconds)} s", $"{Report.Number(elapsed.TotalSeconds)} s", $"**{Report.Number(perSecond)}**"]]);
    }

    private static Task SubmitAsync(BenchApp app, Guid userId, int i) =>
        app.SendAsync(new SubmitGenerationCommand(userId, "local-sketch", $"a fox in the snow, sketch {i}", Side, Side, null, null, null, null));

    private static async Task WaitForAsync(NpgsqlDataSource dataSource, int succeeded, TimeSpan timeout)
    {
        var (done, failed) = await Eventually.UntilAsync(
            () => CountFinishedAsync(dataSource),
            counts => counts.Failed > 0 || counts.Succeeded >= succeeded,
            counts => $"Only {counts.Succeeded} of {succeeded} generations succeeded within {timeout}.",
            timeout);
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} generation(s) failed; the figure would be meaningless.");
        }
    }

    private static async Task<(long Succeeded, long Failed)> CountFinishedAsync(NpgsqlDataSource dataSource)
    {
        await using var count = dataSource.CreateCommand("SELECT count(*) FILTER (WHERE status = 'Succeeded'), count(*) FILTER (WHERE status = 'Failed') FROM generations.generations");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
