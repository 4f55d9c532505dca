using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Generations.HostHealth;

/// <summary>
/// Over HTTP, with Replicate's stand-in answering 5xx: its runs fail until the host's breaker opens; then its models are
/// listed unavailable with the reason, and the API, the quote and the studio's plain form all refuse them with 503 and
/// charge and write nothing; once Replicate answers again and the break has passed, its models are offered and work.
/// </summary>
public abstract class HostBreakerTests<TApp>(TApp app)
    where TApp : HostBreakerApp
{
    private const string Reason = "Replicate is not answering; try again in a few minutes.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Request(string prompt) => new { modelId = ReplicateStandIn.ImageModelId, prompt, parameters = new { width = 512, height = 512 } };

    [Fact]
    public async Task A_failing_host_is_shown_unavailable_refused_with_503_and_nothing_charged_then_offered_again_once_it_recovers()
    {
        var user = await app.NewPersonAsync();
        app.Replicate.FailNext(HttpStatusCode.InternalServerError, times: 1000);
        var failing = new List<string>();
        for (var i = 0; i < HostBreakerApp.FailuresToOpen; i++)
        {
            failing.Add((await StudioApp.SubmitAsync(user, Request($"a lighthouse in a storm {i}"))).GetProperty("id").GetString()!);
        }

        var listed = await Eventually.UntilAsync(
            () => ReplicateModelAsync(),
            model => !model.GetProperty("available").GetBoolean(),
            _ => "Replicate's model was still offered after its runs failed.");
        Assert.Equal(("replicate", Reason), (listed.GetProperty("host").GetString(), listed.GetProperty("unavailableReason").GetString()));

        // The failed runs would be retried later and end by returning their credits; canceled now, nothing moves meanwhile.
        foreach (var id in failing)
        {
            using var canceled = await user.SendAsync(HttpMethod.Post, $"/api/generations/{id}/cancel");
        }

        var balance = await BalanceAsync(user);
        var rows = await GenerationRowsAsync(user);

        using var api = await user.SendContentAsync(HttpMethod.Post, "/api/generations", JsonContent.Create(Request("sent while it is down")), new Dictionary<string, string> { ["Idempotency-Key"] = "while-down" });
        using var quote = await user.GetAsync($"/api/models/{ReplicateStandIn.ImageModelId}/quote?width=512&height=512");
        using var form = await user.SendContentAsync(HttpMethod.Post, "/studio", Form("forced through the plain form"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.EndsWith("/host-unavailable", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(Reason, problem.GetProperty("detail").GetString());
        Assert.InRange(api.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, HostBreakerApp.OpenSeconds);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, quote.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, form.StatusCode);
        Assert.Contains(Reason, await form.Content.ReadAsStringAsync(Cancel));
        Assert.NotNull(form.Headers.RetryAfter);
        Assert.Equal(balance, await BalanceAsync(user));
        Assert.Equal(rows, await GenerationRowsAsync(user));

        // Replicate answers again; once the break is over its models are offered and a generation goes through.
        app.Replicate.StopFailing();
        app.BreakerClock.Advance(TimeSpan.FromSeconds(HostBreakerApp.OpenSeconds));
        Assert.True((await ReplicateModelAsync()).GetProperty("available").GetBoolean());
        var recovered = (await StudioApp.SubmitAsync(user, Request("a lighthouse on a calm day"))).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, recovered);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        Assert.True((await ReplicateModelAsync()).GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task The_model_list_names_each_models_host()
    {
        var models = await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel);

        Assert.All(models.EnumerateArray(), model => Assert.Equal(model.GetProperty("provider").GetString(), model.GetProperty("host").GetString()));
        Assert.Contains(models.EnumerateArray(), model => model.GetProperty("host").GetString() == "local");
        Assert.Contains(models.EnumerateArray(), model => model.GetProperty("host").GetString() == "replicate");
    }

    private async Task<JsonElement> ReplicateModelAsync() =>
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel)).EnumerateArray()
            .Single(model => model.GetProperty("id").GetString() == ReplicateStandIn.ImageModelId);

    private static async Task<long> BalanceAsync(SignedInUser user) =>
        (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64();

    /// <summary>The person's generations and ledger entries (holds among them), counted in the database itself.</summary>
    private async Task<(int Generations, int Entries)> GenerationRowsAsync(SignedInUser user)
    {
        var id = await user.IdAsync();
        await using var db = app.Database.CreateContext();
        return (await db.Generations.CountAsync(g => g.UserId == id, Cancel), await db.CreditEntries.CountAsync(e => e.UserId == id, Cancel));
    }

    private static MultipartFormDataContent Form(string prompt) => new()
    {
        { new StringContent(ReplicateStandIn.ImageModelId), "ModelId" },
        { new StringContent(prompt), "Prompt" },
        { new StringContent("512"), "Width" },
        { new StringContent("512"), "Height" },
        { new StringContent(Guid.NewGuid().ToString("N")), "IdempotencyKey" },
    };
}

public sealed class EmbeddedHostBreakerTests(EmbeddedHostBreakerApp app) : HostBreakerTests<EmbeddedHostBreakerApp>(app), IClassFixture<EmbeddedHostBreakerApp>;

public sealed class PostgresHostBreakerTests(PostgresHostBreakerApp app) : HostBreakerTests<PostgresHostBreakerApp>(app), IClassFixture<PostgresHostBreakerApp>;
