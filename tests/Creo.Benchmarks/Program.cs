using System.Diagnostics;
using Creo.Benchmarks;
using Creo.Benchmarks.Measuring;
using Creo.Benchmarks.Scenarios;
using Creo.Testing;
using Npgsql;

// Usage: Creo.Benchmarks [--quick] [--out FILE] [scenario ...]
// Needs CREO_TEST_POSTGRES (an admin connection string); scripts/bench.sh starts a private PostgreSQL and sets it.
var quick = args.Contains("--quick");
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;
var picked = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (outIndex < 0 || i != outIndex + 1)).ToHashSet(StringComparer.OrdinalIgnoreCase);

// The export first: its memory figures are cleanest in a process that has not run the others.
IScenario[] scenarios = [new ExportScenario(), new SubmitPathScenario(), new ReadPathScenario(), new PipelineScenario(), new RetentionScenario(), new FanOutScenario(), new WebhookScenario(), new SessionScenario()];
var unknown = picked.Except(scenarios.Select(s => s.Name), StringComparer.OrdinalIgnoreCase).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", scenarios.Select(s => s.Name))}.");
    return 2;
}

// WebApplicationFactory looks for Creo.Web's content root through attributes only test projects get; name it.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CREO_WEB", RepositoryPaths.Combine("src", "Creo.Web"));

var scale = quick ? Scale.Quick : Scale.Full;
var report = new Report();
var started = Stopwatch.GetTimestamp();
foreach (var scenario in scenarios.Where(s => picked.Count == 0 || picked.Contains(s.Name)))
{
    Console.WriteLine($"==> {scenario.Name} ({scale.Name})");
    var scenarioStarted = Stopwatch.GetTimestamp();
    await scenario.RunAsync(report, scale);
    Console.WriteLine($"    done in {Stopwatch.GetElapsedTime(scenarioStarted).TotalSeconds:0.0} s");
}

string postgresVersion;
await using (var connection = new NpgsqlConnection(TestServices.PostgresAdminConnectionString))
{
    await connection.OpenAsync();
    postgresVersion = "PostgreSQL " + connection.PostgreSqlVersion;
}

var markdown = report.Render("bash scripts/bench.sh" + (quick ? " --quick" : string.Empty), Stopwatch.GetElapsedTime(started), postgresVersion);
if (output is null)
{
    Console.WriteLine(markdown);
}
else
{
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine($"Wrote {output}");
}

return 0;
