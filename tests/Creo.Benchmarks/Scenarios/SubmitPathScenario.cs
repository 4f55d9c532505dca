using Creo.Application.Credits.GrantCredits;
using System.Globalization;
using Creo.Application.Common.Jobs;
using Creo.Application.Credits.Contracts;
using Creo.Application.Generations.RunGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Benchmarks.Measuring;
using Creo.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The submit-generation path (validation, credit hold, insert, scheduling the run) through the whole command
/// pipeline, side by side with <see cref="RawSubmit"/>, hand-written Npgsql doing the same writes: once with the
/// run enqueued through Hangfire's client (the like-for-like baseline the target is about: what Mediator,
/// FluentValidation and EF Core cost), once with Hangfire's rows written by hand too (the floor).
/// </summary>
public sealed class SubmitPathScenario : IScenario
{
    private static readonly int[] WorkerCounts = [1, 8];

    private const int SpreadAccounts = 8;

    public string Name => "submit";

    public async Task RunAsync(Report report, Scale scale)
    {
        // No job server: the runs are scheduled, not run, so every side measures the same writes and nothing else.
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var (_, userId) = await app.SignUpAsync("bench-submit@example.com");
        await app.SendAsync(new GrantCreditsCommand(userId, CreditGrantKind.Purchase, 1_000_000_000, "bench:submit", "Benchmark credits", null));
        var sides = Sides(app, [userId]);

        // Warm every side (JIT, pools, EF's model and query caches, PostgreSQL's plan and buffer caches) until the JIT has
        // settled: the optimised recompilation of a whole pipeline takes thousands of calls on two cores.
        var warmRounds = await Warmup.UntilJitSettledAsync(async () =>
        {
            foreach (var side in sides)
            {
                await Load.RunAsync(scale.SubmitOperations / 2, 4, side);
            }
        });
        Console.WriteLine($"    warmed in {warmRounds} round(s)");

        var rows = new List<IReadOnlyList<string>>();
        foreach (var workers in WorkerCounts)
        {
            await MeasureAsync(sides, workers, workers.ToString(CultureInfo.InvariantCulture), scale, rows);
        }

        // The same 8 workers, each submission on one of 8 accounts: one person's submissions queue on their account
        // row's lock (the hold's ledger trigger takes it) until the commit, so this row tells that wait apart from the rest.
        var accounts = new List<Guid> { userId };
        for (var k = 1; k < SpreadAccounts; k++)
        {
            var (_, id) = await app.SignUpAsync($"bench-submit-{k}@example.com");
            await app.SendAsync(new GrantCreditsCommand(id, CreditGrantKind.Purchase, 1_000_000_000, $"bench:submit:{k}", "Benchmark credits", null));
            accounts.Add(id);
        }

        await MeasureAsync(Sides(app, accounts), SpreadAccounts, $"{SpreadAccounts}, on {SpreadAccounts} accounts", scale, rows);

        report.Section(
            "Submitting a generation, against raw Npgsql",
            $"`SubmitGenerationCommand` through the whole pipeline (logging, validation, metrics, unit of work on a pooled `DbContext`), in two round trips: the generation row inserted by EF Core with the transaction's BEGIN, then one batch carrying `RunGenerationJob`'s rows in Hangfire's tables, the credit hold (`credits.place_hold`: the account row locked, the balance checked, the ledger entry written) and the COMMIT. Against `RawSubmit`: hand-written Npgsql on the same connection settings writing the generation and its hold in one one-round-trip batch, then enqueueing the run either through Hangfire's client (**the baseline of the ≥ 1.0× target**: a careful hand-written service on Hangfire) or by writing Hangfire's rows by hand in a second batch (the floor, target ≥ 0.5×). Every side is warmed until a whole round of them makes the JIT compile almost nothing ({warmRounds} rounds of {Report.Count(scale.SubmitOperations / 2)} per side here): .NET recompiles hot code optimised in the background, and on two cores Crëo's pipeline took about 15,000 submissions to settle, which an earlier, shorter warm-up had measured as Crëo's own cost. Then {scale.SubmitRounds} rotated rounds of {Report.Count(scale.SubmitOperations)} submissions per side and worker count; one account, then 8 workers again with submissions spread over {SpreadAccounts} accounts (one person's concurrent holds queue on their account row's lock, held while the server commits). \"Crëo ÷\" is Crëo's throughput over that side's.");
        report.Table(["workers", "side", "per second", "Crëo ÷", "p50", "p99"], rows);
    }

    /// <summary>Crëo, raw Npgsql + Hangfire's client, all by hand; submission i goes to account i mod the count.</summary>
    private static Func<int, Task>[] Sides(BenchApp app, IReadOnlyList<Guid> accounts)
    {
        var jobs = app.Factory.Services.GetRequiredService<IServiceScopeFactory>();
        var dataSource = app.DataSource; // the baselines connect exactly as Crëo does (pool, automatic preparation)
        var withHangfire = accounts.Select(id => new RawSubmit(dataSource, id, generation =>
        {
            using var scope = jobs.CreateScope();
            scope.ServiceProvider.GetRequiredService<IJobScheduler>().Enqueue(new RunGenerationJob(generation));
        })).ToArray();
        var byHand = accounts.Select(id => new RawSubmit(dataSource, id, enqueueWithHangfire: null)).ToArray();
        return
        [
            i => app.SendAsync(new SubmitGenerationCommand(accounts[i % accounts.Count], "local-sketch", Prompt(i), 512, 512, null, null, null, null)),
            i => withHangfire[i % accounts.Count].SubmitAsync(Prompt(i)),
            i => byHand[i % accounts.Count].SubmitAsync(Prompt(i)),
        ];
    }

    private static async Task MeasureAsync(Func<int, Task>[] sides, int workers, string label, Scale scale, List<IReadOnlyList<string>> rows)
    {
        var totals = sides.Select(_ => new Totals()).ToArray();
        for (var round = 0; round < scale.SubmitRounds; round++)
        {
            // Rotate who goes first, so a drift of the machine (the tables growing, a checkpoint) hits all sides.
            for (var k = 0; k < sides.Length; k++)
            {
                var s = (round + k) % sides.Length;
                totals[s].Add(await Load.RunAsync(scale.SubmitOperations, workers, sides[s]));
            }
        }

        var (crëo, withHangfire, byHand) = (totals[0], totals[1], totals[2]);
        Console.WriteLine($"    {label} worker(s): Crëo {crëo.PerSecond:0}/s, raw + Hangfire {withHangfire.PerSecond:0}/s ({crëo.PerSecond / withHangfire.PerSecond:0.00}×), all by hand {byHand.PerSecond:0}/s ({crëo.PerSecond / byHand.PerSecond:0.00}×)");
        rows.Add(Row(label, "Crëo", crëo, null));
        rows.Add(Row(label, "raw Npgsql + Hangfire's client", withHangfire, crëo));
        rows.Add(Row(label, "raw Npgsql, Hangfire's rows by hand too", byHand, crëo));
    }

    private static string Prompt(int i) => $"a lighthouse at dusk, take {i}";

    private static IReadOnlyList<string> Row(string workers, string side, Totals totals, Totals? crëo) =>
    [
        workers, side, Report.Number(totals.PerSecond, "0"),
        crëo is null ? "" : $"**{Report.Number(crëo.PerSecond / totals.PerSecond, "0.00")}×**",
        Report.Ms(totals.Latencies.P50), Report.Ms(totals.Latencies.P99),
    ];

    private sealed class Totals
    {
        private int operations;
        private TimeSpan elapsed;

        public Latencies Latencies { get; } = new();

        public double PerSecond => operations / elapsed.TotalSeconds;

        public void Add(Load.Result result)
        {
            operations += result.Operations;
            elapsed += result.Elapsed;
            Latencies.Add(result.Latencies);
        }
    }
}
