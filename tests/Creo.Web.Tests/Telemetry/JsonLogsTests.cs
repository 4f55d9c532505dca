using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Scale;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// An operator's JSON logs: Crëo started as a process with <c>Logging__Console__FormatterName=json</c> writes one JSON
/// object a line, and its scopes carry the trace id and the request id within a request and the Hangfire job id
/// within a job — so a log line can be followed to its trace, its request or its job.
/// </summary>
public sealed class JsonLogsTests : IAsyncLifetime
{
    private readonly TemporaryDirectory directory = new();
    private TestDatabase database = null!;
    private ReplicateStandIn replicate = null!;
    private CreoProcess app = null!;

    private string MailRoot => Path.Combine(directory.Path, "shared");

    public async ValueTask InitializeAsync()
    {
        replicate = await ReplicateStandIn.StartAsync();
        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Creo"] = database.ConnectionString,
            ["Jobs:Storage"] = "Postgres",
            ["Email:PickupDirectory"] = Mailbox.PickupDirectory(MailRoot),
            ["Creo:DataDirectory"] = Path.Combine(directory.Path, "data"),
            ["Logging:Console:FormatterName"] = "json",
        };
        settings.WithS3Storage().WithDataProtectionCertificate();
        foreach (var (key, value) in replicate.Settings())
        {
            settings[key] = value;
        }

        app = await CreoProcess.StartAsync("json", settings);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
        await replicate.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Log_lines_are_json_whose_scopes_name_the_trace_the_request_and_the_job()
    {
        // Requests (signing in, a media link whose token is in the path) and a job: a generation's run on the local
        // model, which logs one line when it has run (nothing else is sure to run a job while the test waits).
        var (user, _) = await SignedInUser.SignUpAsync(app.Http, MailRoot, $"json-{Guid.NewGuid():N}@example.com");
        var token = $"token{Guid.NewGuid():N}";
        using (await user.GetAsync($"/api/media/{token}"))
        {
        }

        var generation = await Creo.Web.Tests.Generations.StudioApp.SubmitAsync(
            user, new { modelId = "local-sketch", prompt = "a lighthouse at dusk", parameters = new { width = 256, height = 256 } });
        await Creo.Web.Tests.Generations.StudioApp.WaitUntilFinishedAsync(user, generation.GetProperty("id").GetString()!);

        var lines = await Eventually.UntilAsync(
            () => Task.FromResult(JsonLines()),
            json => json.Any(HasScope("RequestId")) && json.Any(HasScope("TraceId")) && json.Any(HasScope("JobId"))
                && json.Any(line => HasScope("RequestId")(line) && line.GetProperty("Message").GetString()!.Contains("GetGenerationOutputQuery", StringComparison.Ordinal)),
            json => $"{json.Count} JSON lines, none with the scopes wanted:\n{string.Join('\n', app.Output.TakeLast(40))}");

        var request = lines.First(HasScope("RequestId"));
        Assert.True(request.TryGetProperty("LogLevel", out _) && request.TryGetProperty("Category", out _) && request.TryGetProperty("Message", out _));
        Assert.Contains(lines, line => HasScope("RequestId")(line) && HasScope("TraceId")(line));
        Assert.DoesNotContain(app.Output, line => line.Contains(token, StringComparison.Ordinal));
        var job = lines.First(HasScope("JobId"));
        Assert.Contains(Scopes(job), scope => scope.TryGetProperty("JobId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.Length > 0);
    }

    /// <summary>Every line of the process's output that is a JSON object (all of them, once the host has started).</summary>
    private List<JsonElement> JsonLines()
    {
        var parsed = new List<JsonElement>();
        foreach (var line in app.Output)
        {
            var text = line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim();
            if (text.StartsWith('{'))
            {
                parsed.Add(JsonDocument.Parse(text).RootElement.Clone());
            }
        }

        return parsed;
    }

    private static Func<JsonElement, bool> HasScope(string name) =>
        line => Scopes(line).Any(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null);

    private static IEnumerable<JsonElement> Scopes(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes) && scopes.ValueKind == JsonValueKind.Array ? scopes.EnumerateArray() : [];
}
