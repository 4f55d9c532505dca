using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Accounts;

namespace Creo.Web.Tests.Generations;

/// <summary>Generations on Replicate (through its local stand-in), its signed webhook, and the prompt's lane.</summary>
public sealed class ReplicateStudioTests(ReplicateStudioApp app) : IClassFixture<ReplicateStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hosted_models_are_listed_when_replicate_is_configured_and_offered_first()
    {
        var models = await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel);

        Assert.Equal(ReplicateStandIn.ImageModelId, models[0].GetProperty("id").GetString());
        var video = models.EnumerateArray().Single(m => m.GetProperty("id").GetString() == ReplicateStandIn.VideoModelId);
        Assert.Equal("video", video.GetProperty("kind").GetString());
        Assert.Equal(2, video.GetProperty("parameters").GetProperty("durationSeconds").GetProperty("min").GetInt32());
    }

    [Fact]
    public async Task A_running_prediction_finishes_when_its_signed_webhook_arrives()
    {
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Process;
        var known = app.Replicate.PredictionIds.ToHashSet();

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = "a red fox in snow", parameters = new { width = 512, height = 512 } }))
            .GetProperty("id").GetString()!;
        var predictionId = await WaitForAsync(() => app.Replicate.PredictionIds.FirstOrDefault(p => !known.Contains(p)));
        await WaitForAsync(async () => (await user.GetJsonAsync<JsonElement>($"/api/generations/{id}")).GetProperty("status").GetString() == "running" ? "running" : null);

        var answer = await app.Replicate.CompleteAsync(predictionId);
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal(HttpStatusCode.OK, answer);
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        Assert.Equal(ReplicateStandIn.ImageVersion, generation.GetProperty("modelVersion").GetString());
        using var media = await user.GetAsync(generation.GetProperty("outputs")[0].GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        var receipt = generation.GetProperty("receipt");
        Assert.Equal((5, 5), (receipt.GetProperty("held").GetInt64(), receipt.GetProperty("captured").GetInt64()));
    }

    [Fact]
    public async Task A_failed_prediction_returns_the_credits()
    {
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Fail;

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = "doomed", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task A_webhook_with_a_bad_signature_gets_400()
    {
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/replicate")
        {
            Content = new StringContent("""{"id":"p-forged","status":"succeeded"}""", Encoding.UTF8, "application/json"),
        };
        forged.Headers.Add("webhook-id", "msg_1");
        forged.Headers.Add("webhook-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        forged.Headers.Add("webhook-signature", "v1," + Convert.ToBase64String(new byte[32]));
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/replicate") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        using var forgedAnswer = await app.Http.SendAsync(forged, Cancel);
        using var unsignedAnswer = await app.Http.SendAsync(unsigned, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, forgedAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unsignedAnswer.StatusCode);
        Assert.EndsWith("/webhook-signature-invalid", JsonDocument.Parse(await forgedAnswer.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("type").GetString());
    }

    /// <summary>
    /// The canary: a prompt no one else could write is planted, the generation runs end to end, and then every
    /// place Crëo writes is searched for it. It may live in the generation's row and reach the model provider;
    /// nowhere else — not another column, not the job store, not a log line, not a mail, not a stored file.
    /// </summary>
    [Fact]
    public async Task The_prompt_is_stored_only_in_its_generation_and_sent_only_to_the_model_provider()
    {
        var canary = $"canary-{Guid.NewGuid():N}";
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Succeed;

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = canary, parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        await RequestLogMarker.WaitUntilWrittenAsync(app.Http, app.Database);

        Assert.Equal(["generations.generations.prompt"], await DatabaseText.ColumnsContainingAsync(app.Database, canary));
        var sentToProvider = app.Replicate.Received.Where(r => r.Body.Contains(canary, StringComparison.Ordinal)).ToList();
        Assert.Single(sentToProvider);
        Assert.Equal("POST", sentToProvider[0].Method);
        Assert.False(app.Logs.Contain(canary), "A log line holds the prompt.");
        Assert.All(Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories), file =>
            Assert.DoesNotContain(canary, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal));
        using var media = await user.GetAsync(generation.GetProperty("outputs")[0].GetProperty("url").GetString()!);
        Assert.DoesNotContain(canary, Encoding.Latin1.GetString(await media.Content.ReadAsByteArrayAsync(Cancel)), StringComparison.Ordinal);
        Assert.DoesNotContain(canary, await (await user.GetAsync("/api/credits")).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class =>
        (await Eventually.UntilAsync(probe, value => value is not null, _ => "Waited 30 s in vain."))!;

    private static Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class => WaitForAsync(() => Task.FromResult(probe()));
}
