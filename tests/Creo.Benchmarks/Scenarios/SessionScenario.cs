using System.Globalization;
using System.Net;
using Creo.Benchmarks.Measuring;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// What Crëo's per-request session lookup costs: the same cheap authenticated reads over real HTTP, once with Crëo's
/// session cookie (an opaque token looked up in PostgreSQL on every request) and once with a cookie-only ticket
/// (<see cref="CookieOnlyBaseline"/>: ASP.NET Core's cookie authentication, no database), in alternating rounds in one
/// app so that whatever the machine does meanwhile weighs on both alike. Then the reason it is kept: after signing
/// out, the session cookie is refused on its next request while a cookie-only ticket would still be honoured.
/// </summary>
public sealed class SessionScenario : IScenario
{
    private const int Rounds = 10;

    private static readonly int[] WorkerCounts = [1, 8];

    private static readonly string[] Reads = ["/api/me", "/api/credits"];

    public string Name => "sessions";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false, new Dictionary<string, string?>(), CookieOnlyBaseline.AddTo);
        var (user, userId) = await app.SignUpAsync("bench-sessions@example.com");
        var sessionId = await SessionIdAsync(app.DataSource, userId);
        string[] cookies =
        [
            $"creo_session={user.SessionCookie}",
            $"{CookieOnlyBaseline.CookieName}={CookieOnlyBaseline.Ticket(app.Factory.Services, userId, sessionId, user.Email)}",
        ];

        // Both sides must be the same person reading the same thing, or the comparison compares nothing.
        foreach (var read in Reads)
        {
            var (crëo, ticket) = (await ReadAsync(app, read, cookies[0]), await ReadAsync(app, read, cookies[1]));
            if (crëo != ticket)
            {
                throw new InvalidOperationException($"{read} answered differently with the ticket:\n{crëo}\n{ticket}");
            }
        }

        var requests = scale.SessionRequests;
        // Warm-up (JIT, pools, plans), dropped: until a whole round of both sides makes the JIT compile almost nothing.
        await Warmup.UntilJitSettledAsync(async () =>
        {
            foreach (var read in Reads)
            {
                await MeasureAsync(app, read, cookies, requests / 4, workers: 4);
            }
        });

        var rows = new List<IReadOnlyList<string>>();
        foreach (var workers in WorkerCounts)
        {
            foreach (var read in Reads)
            {
                var (crëo, ticket) = await MeasureAsync(app, read, cookies, requests, workers);
                Console.WriteLine($"    {workers} worker(s) {read}: Crëo {crëo.PerSecond:0}/s (p50 {crëo.Latencies.P50:0.00} ms), cookie-only {ticket.PerSecond:0}/s (p50 {ticket.Latencies.P50:0.00} ms)");
                rows.Add([
                    workers.ToString(CultureInfo.InvariantCulture), $"`GET {read}`",
                    Report.Number(crëo.PerSecond, "0"), Report.Number(ticket.PerSecond, "0"), $"**{Report.Number(crëo.PerSecond / ticket.PerSecond, "0.00")}×**",
                    Report.Ms(crëo.Latencies.P50), Report.Ms(ticket.Latencies.P50), Report.Ms(crëo.Latencies.P99), Report.Ms(ticket.Latencies.P99),
                    Report.Ms(crëo.Latencies.P50 - ticket.Latencies.P50),
                ]);
            }
        }

        // Why the lookup stays: signing out ends the session in the database, so its very next request is refused;
        // a cookie-only ticket carries its own validity and cannot be taken back before it expires.
        using (var signOut = await user.SendAsync(HttpMethod.Post, "/api/auth/signout"))
        {
            signOut.EnsureSuccessStatusCode();
        }

        var (afterCrëo, afterTicket) = (await StatusAsync(app, Reads[0], cookies[0]), await StatusAsync(app, Reads[0], cookies[1]));
        Console.WriteLine($"    after signing out: session cookie {(int)afterCrëo}, cookie-only ticket {(int)afterTicket}");
        if (afterCrëo != HttpStatusCode.Unauthorized)
        {
            throw new InvalidOperationException($"A signed-out session answered {(int)afterCrëo}: the lookup this benchmark prices would be for nothing.");
        }

        report.Section(
            "The per-request session lookup, against a cookie-only baseline",
            $"One signed-in person's cheap reads over real HTTP, in one app, two ways: with Crëo's session cookie (an opaque token whose hash is looked up in PostgreSQL, joined to the account, on every request) and with a cookie-only ticket (ASP.NET Core's stock cookie authentication, built into the benchmark's app only: the same claims, encrypted and signed with the app's key ring, no database). Both answer byte for byte the same. {Report.Count(requests)} requests per read, side and worker count, in {Rounds} rounds that alternate the sides, after a warm-up that lasts until the JIT has settled. The last column is what the lookup adds to a median request. Crëo keeps it on purpose: signing out everywhere, ending one session from the sessions list, a staff suspension or an account deletion take effect on the very next request on every instance — after this run signed out, the session cookie answered **{(int)afterCrëo}** while the cookie-only ticket still answered **{(int)afterTicket}**, and would until it expired. A cookie-only scheme would need a revocation list (a lookup again) or short-lived tickets to match that.");
        report.Table(["workers", "read", "Crëo / s", "cookie-only / s", "Crëo ÷ cookie-only", "p50 Crëo", "p50 cookie-only", "p99 Crëo", "p99 cookie-only", "lookup at p50"], rows);
    }

    /// <summary>Alternating rounds of the two sides; returns Crëo's totals and the baseline's.</summary>
    private static async Task<(Load.Result Crëo, Load.Result Ticket)> MeasureAsync(BenchApp app, string read, string[] cookies, int requests, int workers)
    {
        var totals = new[] { new Totals(), new Totals() };
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < cookies.Length; k++)
            {
                var side = (round + k) % cookies.Length;
                var cookie = cookies[side];
                totals[side].Add(await Load.RunAsync(Math.Max(1, requests / Rounds), workers, _ => ReadAsync(app, read, cookie)));
            }
        }

        return (totals[0].Result, totals[1].Result);
    }

    private static async Task<string> ReadAsync(BenchApp app, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await app.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<HttpStatusCode> StatusAsync(BenchApp app, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await app.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<Guid> SessionIdAsync(NpgsqlDataSource dataSource, Guid userId)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM accounts.sessions WHERE user_id = $1");
        command.Parameters.AddWithValue(userId);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private sealed class Totals
    {
        private int operations;
        private TimeSpan elapsed;
        private readonly Latencies latencies = new();

        public Load.Result Result => new(operations, elapsed, latencies);

        public void Add(Load.Result result)
        {
            operations += result.Operations;
            elapsed += result.Elapsed;
            latencies.Add(result.Latencies);
        }
    }
}
