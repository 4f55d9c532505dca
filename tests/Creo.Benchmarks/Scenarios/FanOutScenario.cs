using System.Diagnostics;
using Creo.Application.Privacy.AnnouncePolicyChange;
using Creo.Application.Privacy.NotifyBreach;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Application.Privacy.RecordBreach;
using Creo.Benchmarks.Measuring;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The fan-out jobs over every account, through a real SMTP relay (the stand-in, which keeps each message as a file):
/// a material policy change (<c>AnnouncePolicyChangeJob</c>) and a breach told to everyone (<c>NotifyBreachJob</c>).
/// Each run is stopped once half the accounts are recorded as told (as a deploy would kill the worker) and run
/// again to the end; the relay must then hold every address exactly once.
/// </summary>
public sealed class FanOutScenario : IScenario
{
    public string Name => "fanout";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var relay = SmtpRelayStandIn.Start();
        await using var app = await BenchApp.StartAsync(runJobs: false, relay.Settings());
        await SeedAccountsAsync(app, scale.FanOutAccounts);
        var rows = new List<IReadOnlyList<string>>();

        await app.SendAsync(new PublishPolicyVersionCommand(2, DateTimeOffset.UtcNow.AddDays(30), true, "02 What changed"));
        var policy = await ScalarAsync<Guid>(app.DataSource, "SELECT id FROM privacy.policy_versions WHERE version = 2");
        rows.Add(await MeasureAsync(
            "material policy change", app, relay, scale.FanOutAccounts, "Crëo's privacy policy is changing",
            "SELECT count(*) FROM privacy.policy_change_notices WHERE policy_version = 2",
            token => app.RunJobAsync(new AnnouncePolicyChangeJob(policy), token)));

        var breach = await app.SendAsync(new RecordBreachCommand(Guid.CreateVersion7(), "A benchmark's breach.", null, true, null, null, null, null, null));
        rows.Add(await MeasureAsync(
            "breach, all accounts", app, relay, scale.FanOutAccounts, "Important: a security incident affecting your Crëo account",
            "SELECT count(*) FROM privacy.breach_notifications WHERE mailed_at IS NOT NULL",
            token => app.RunJobAsync(new NotifyBreachJob(breach.Id), token)));

        report.Section(
            "Fan-out mail to every account",
            $"{Report.Count(scale.FanOutAccounts)} active accounts, each mailed once through SMTP to a local relay ({System.Runtime.GCSettings.IsServerGC switch { true => "server", false => "workstation" }} GC). Each job is stopped (cancelled) once the relay has accepted half its mails and run again; mails per second are over both runs, peak growth is the process's resident set (`VmHWM`) over both, and the last column counts the addresses the relay received more than once (must be 0) or never.");
        report.Table(["job", "accounts", "took (both runs)", "mails / s", "peak memory growth", "mailed twice", "never mailed"], rows);
    }

    private static async Task<IReadOnlyList<string>> MeasureAsync(
        string name, BenchApp app, SmtpRelayStandIn relay, int accounts, string subject, string toldSql, Func<CancellationToken, Task> run)
    {
        PeakMemory.Reset();
        var before = PeakMemory.CurrentBytes;
        var started = Stopwatch.GetTimestamp();
        using (var kill = new CancellationTokenSource())
        {
            // Stopped once the relay has accepted half of this job's mails (the relay counts across jobs), or it ended.
            var half = relay.AcceptedAsync(relay.Accepted + accounts / 2);
            var first = run(kill.Token);
            await Task.WhenAny(first, half);

            await kill.CancelAsync();
            try
            {
                await first;
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine($"    {name}: stopped after {await ScalarAsync<long>(app.DataSource, toldSql)} of {accounts}");
            }
        }

        await run(CancellationToken.None);
        var took = Stopwatch.GetElapsedTime(started);
        var peak = PeakMemory.PeakBytes - before;
        var (twice, never) = Count(relay, subject, accounts);
        Console.WriteLine($"    {name}: {accounts} accounts in {took.TotalSeconds:0.0} s ({accounts / took.TotalSeconds:0} mails/s), peak +{peak / 1048576.0:0.0} MiB, mailed twice {twice}, never {never}");
        return [name, Report.Count(accounts), $"{Report.Number(took.TotalSeconds)} s", Report.Number(accounts / took.TotalSeconds, "0"),
            $"{Report.Number(peak / 1048576.0)} MiB", Report.Count(twice), Report.Count(never)];
    }

    /// <summary>Reads only each message's headers up to its subject and recipient: 100,000 files, parsed in seconds.</summary>
    private static (int Twice, int Never) Count(SmtpRelayStandIn relay, string subject, int accounts)
    {
        var times = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(Mailbox.PickupDirectory(relay.Root), "*.eml"))
        {
            using var stream = File.OpenRead(file);
            var headers = MimeKit.HeaderList.Load(stream);
            if (MimeKit.Utils.Rfc2047.DecodeText(System.Text.Encoding.UTF8.GetBytes(headers[MimeKit.HeaderId.Subject] ?? string.Empty)) != subject)
            {
                continue;
            }

            foreach (var to in MimeKit.InternetAddressList.Parse(headers[MimeKit.HeaderId.To] ?? string.Empty).Mailboxes)
            {
                times[to.Address] = times.GetValueOrDefault(to.Address) + 1;
            }
        }

        return (times.Values.Count(n => n > 1), accounts - times.Count);
    }

    private static async Task SeedAccountsAsync(BenchApp app, int accounts)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        for (var start = 0; start < accounts; start += 5_000)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Users.AddRange(Enumerable.Range(start, Math.Min(5_000, accounts - start))
                .Select(i => User.Register($"fanout{i:000000}@example.com", "Fan-out reader", null, AuthMethod.Email, now)));
            await db.SaveChangesAsync();
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
