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
/// The reads a person makes most — the history (API and gallery page) and the credits ledger — over real HTTP,
/// when their own history holds a small and a very large number of generations and ledger entries. Keyset
/// paging should make both sizes cost the same.
/// </summary>
public sealed class ReadPathScenario : IScenario
{
    public string Name => "reads";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var app = await BenchApp.StartAsync(runJobs: false);
        var (user, userId) = await app.SignUpAsync("bench-reads@example.com");
        await using var dataSource = NpgsqlDataSource.Create(app.Database.ConnectionString);
        var now = DateTimeOffset.UtcNow;

        // The small history first; the large one then adds older rows, so the newest pages hold the same rows.
        var ids = await BulkSeed.GenerationsAsync(dataSource, userId, scale.SmallRows, now);
        await BulkSeed.CreditEntriesAsync(dataSource, userId, scale.SmallRows, now);
        var small = await MeasureAsync(user, ids, scale.ReadRequests);

        var extra = scale.LargeRows - scale.SmallRows;
        var older = await BulkSeed.GenerationsAsync(dataSource, userId, extra, now.AddSeconds(-scale.SmallRows));
        await BulkSeed.CreditEntriesAsync(dataSource, userId, extra, now.AddSeconds(-scale.SmallRows));
        var large = await MeasureAsync(user, [.. older, .. ids], scale.ReadRequests);

        var rows = small.Keys.Select(read =>
        {
            var (s, l) = (small[read], large[read]);
            return (IReadOnlyList<string>)[
                read, Report.Ms(s.P50), Report.Ms(s.P99), Report.Ms(l.P50), Report.Ms(l.P99),
                $"**{Report.Number(l.P50 / s.P50, "0.00")}×**", $"**{Report.Number(l.P99 / s.P99, "0.00")}×**",
            ];
        });

        report.Section(
            $"History and credits, {Count(scale.SmallRows)} against {Count(scale.LargeRows)} rows",
            $"One signed-in person over real HTTP (session cookie, request log, the whole middleware), whose own history first holds {Report.Count(scale.SmallRows)} generations (each with an output) and {Report.Count(scale.SmallRows)} ledger entries, then {Report.Count(scale.LargeRows)} of each. {Report.Count(scale.ReadRequests)} sequential requests per read and size after a warm-up; a middle page is fetched by the cursor of a row halfway through the history. Target: the large/small ratio flat, at most 1.2×.");
        report.Table(["read", $"p50 at {Count(scale.SmallRows)}", $"p99 at {Count(scale.SmallRows)}", $"p50 at {Count(scale.LargeRows)}", $"p99 at {Count(scale.LargeRows)}", "p50 ratio", "p99 ratio"], rows);
    }

    private static string Count(int rows) => rows >= 1_000_000 ? $"{rows / 1_000_000}M" : $"{rows / 1_000}k";

    private static async Task<Dictionary<string, Latencies>> MeasureAsync(SignedInUser user, Guid[] idsOldestFirst, int requests)
    {
        var middle = Cursor.Of(idsOldestFirst[idsOldestFirst.Length / 2]);
        var reads = new Dictionary<string, string>
        {
            ["`GET /api/generations` (newest page)"] = "/api/generations?limit=20",
            ["`GET /api/generations` (middle page)"] = $"/api/generations?limit=20&cursor={middle}",
            ["`GET /gallery` (page)"] = "/gallery",
            ["`GET /api/credits`"] = "/api/credits",
        };

        var results = new Dictionary<string, Latencies>();
        foreach (var (name, path) in reads)
        {
            await CheckAsync(user, path);
            for (var i = 0; i < requests / 10; i++)
            {
                await GetAsync(user, path);
            }

            var latencies = new Latencies();
            for (var i = 0; i < requests; i++)
            {
                await latencies.TimeAsync(() => GetAsync(user, path));
            }

            results[name] = latencies;
        }

        return results;
    }

    private static async Task GetAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
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
