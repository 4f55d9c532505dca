using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Application.Common.Paging;
using Creo.Benchmarks.Measuring;
using Creo.Benchmarks.Seeding;
using Creo.Testing;
using Npgsql;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// The reads a person makes most — the history (API and gallery page), the credits ledger and the credits history page (one row per generation, a running balance) — over real HTTP,
/// for a person whose own history is small and one whose history is very large, in one database. Keyset paging
/// should make both cost the same. They are measured in alternating rounds, so that whatever the machine does
/// meanwhile weighs on both alike: measured one after the other, the machine's drift read as growth.
/// </summary>
public sealed class ReadPathScenario : IScenario
{
    private const int Rounds = 10;

    private static readonly (string Name, Func<Person, string> Path)[] Reads =
    [
        ("`GET /api/generations` (newest page)", _ => "/api/generations?limit=20"),
        ("`GET /api/generations` (middle page)", person => $"/api/generations?limit=20&cursor={person.MiddleCursor}"),
        ("`GET /gallery` (page)", _ => "/gallery"),
        ("`GET /api/credits`", _ => "/api/credits"),
        ("`GET /credits` (history, newest page)", _ => "/credits"),
        ("`GET /credits` (history, middle page)", person => $"/credits?cursor={person.MiddleHistoryCursor}"),
    ];

    public string Name => "reads";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var dataSource = app.DataSource;
        var now = DateTimeOffset.UtcNow;
        var small = await PersonAsync(app, dataSource, "bench-reads-small@example.com", scale.SmallRows, now);
        var large = await PersonAsync(app, dataSource, "bench-reads-large@example.com", scale.LargeRows, now);

        // A first pass lets the JIT tier up; only the second is reported.
        await MeasureAsync([small, large], scale.ReadRequests / 4);
        var measured = await MeasureAsync([small, large], scale.ReadRequests);

        var rows = Reads.Select(read =>
        {
            var (s, l) = (measured[(read.Name, small)], measured[(read.Name, large)]);
            return (IReadOnlyList<string>)[
                read.Name, Report.Ms(s.P50), Report.Ms(s.P99), Report.Ms(l.P50), Report.Ms(l.P99),
                $"**{Report.Number(l.P50 / s.P50, "0.00")}×**", $"**{Report.Number(l.P99 / s.P99, "0.00")}×**",
            ];
        });

        var (smallRows, largeRows) = (Count(scale.SmallRows), Count(scale.LargeRows));
        report.Section(
            $"History and credits, {smallRows} against {largeRows} rows",
            $"Two signed-in people over real HTTP (session cookie, request log, the whole middleware) in one database: one whose own history holds {Report.Count(scale.SmallRows)} generations (each with an output) and as many ledger entries, one with {Report.Count(scale.LargeRows)} of each. {Report.Count(scale.ReadRequests)} sequential requests per read and person after a warm-up, in {Rounds} rounds that alternate between the two; a middle page is fetched by the cursor of a row halfway through the history. Both live in tables {Report.Count(scale.SmallRows + scale.LargeRows)} rows long, so the small history's figures are also those of a small account in a large database. Target: the large/small ratio flat, at most 1.2×.");
        report.Table(["read", $"p50 at {smallRows}", $"p99 at {smallRows}", $"p50 at {largeRows}", $"p99 at {largeRows}", "p50 ratio", "p99 ratio"], rows);
    }

    private static string Count(int rows) => rows >= 1_000_000 ? $"{rows / 1_000_000}M" : $"{rows / 1_000}k";

    private sealed record Person(SignedInUser User, string MiddleCursor, string MiddleHistoryCursor);

    private static async Task<Person> PersonAsync(BenchApp app, NpgsqlDataSource dataSource, string email, int rows, DateTimeOffset newest)
    {
        var (user, userId) = await app.SignUpAsync(email);
        var ids = await BulkSeed.GenerationsAsync(dataSource, userId, rows, newest);
        await BulkSeed.CreditEntriesAsync(dataSource, userId, rows, newest);
        return new Person(user, Cursor.Of(ids[ids.Length / 2]), await MiddleHistoryCursorAsync(dataSource, userId, rows));
    }

    /// <summary>The credits history's cursor at the ledger's middle row: its id and the balance after it (one credit a row).</summary>
    private static async Task<string> MiddleHistoryCursorAsync(NpgsqlDataSource dataSource, Guid userId, int rows)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM credits.credit_entries WHERE user_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1");
        command.Parameters.AddWithValue(userId);
        command.Parameters.AddWithValue(rows / 2);
        var id = (Guid)(await command.ExecuteScalarAsync())!;
        return string.Create(CultureInfo.InvariantCulture, $"{id:N}.{rows - (rows / 2)}");
    }

    private static async Task<Dictionary<(string Read, Person Person), Latencies>> MeasureAsync(Person[] people, int requests)
    {
        var results = new Dictionary<(string, Person), Latencies>();
        foreach (var (name, path) in Reads)
        {
            foreach (var person in people)
            {
                await CheckAsync(person.User, path(person));
                for (var i = 0; i < requests / 10; i++)
                {
                    await BenchApp.GetOkAsync(person.User, path(person));
                }

                results[(name, person)] = new Latencies();
            }

            for (var round = 0; round < Rounds; round++)
            {
                foreach (var person in round % 2 == 0 ? people : people.Reverse())
                {
                    var latencies = results[(name, person)];
                    var target = path(person);
                    for (var i = 0; i < requests / Rounds; i++)
                    {
                        await latencies.TimeAsync(() => BenchApp.GetOkAsync(person.User, target));
                    }
                }
            }
        }

        return results;
    }


    /// <summary>A read that answers quickly because it answers nothing would measure nothing: each must return a full page.</summary>
    private static async Task CheckAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        response.EnsureSuccessStatusCode();
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return;
        }

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var items = json.TryGetProperty("items", out var generations) ? generations : json.GetProperty("entries");
        if (items.GetArrayLength() < 20)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{path} returned {items.GetArrayLength()} rows, not a full page."));
        }
    }
}
