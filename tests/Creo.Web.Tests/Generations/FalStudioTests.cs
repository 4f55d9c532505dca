using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>Generations on fal's queue (through its local stand-in): webhook and polling, the queue position, cancel, and the webhook's attackers.</summary>
public sealed class FalStudioTests(FalStudioApp app) : IClassFixture<FalStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fal_models_are_listed_when_fal_is_configured()
    {
        var models = await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel);

        Assert.Contains(models.EnumerateArray(), model => model.GetProperty("id").GetString() == FalStandIn.ImageModelId);
    }

    [Fact]
    public async Task A_queued_request_shows_its_place_in_the_queue_then_finishes_when_its_signed_webhook_arrives()
    {
        var (user, id, request) = await StartHeldAsync(queuePosition: 3);
        await WaitForQueuePositionAsync(user, id, 3);

        app.Fal.Advance(request.Id);
        await WaitForQueuePositionAsync(user, id, 2);
        var answer = await app.Fal.CompleteAsync(request.Id);
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal(HttpStatusCode.OK, answer);
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, generation.GetProperty("queuePosition").ValueKind);
        using var media = await user.GetAsync(generation.GetProperty("outputs")[0].GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        var receipt = generation.GetProperty("receipt");
        Assert.Equal(receipt.GetProperty("held").GetInt64(), receipt.GetProperty("captured").GetInt64());

        // Status and result live under the app id, not the model's sub-path, as fal's submit answer says.
        Assert.Contains(("GET", $"/fal-ai/flux/requests/{request.Id}/status"), app.Fal.Received);
        Assert.Contains(("GET", $"/fal-ai/flux/requests/{request.Id}"), app.Fal.Received);
        Assert.Equal($"{app.WebhookUrl}", request.Webhook);
    }

    [Fact]
    public async Task A_request_runs_to_success_by_polling_when_no_webhook_arrives()
    {
        var user = await app.NewPersonAsync();
        app.Fal.Hold = false;
        app.Fal.DeliverWebhooks = false;
        app.Fal.NextQueuePosition = 1;
        try
        {
            var id = (await StudioApp.SubmitAsync(user, Fox())).GetProperty("id").GetString()!;
            var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

            Assert.Equal("succeeded", generation.GetProperty("status").GetString());
            var cost = generation.GetProperty("receipt").GetProperty("captured").GetInt64();
            Assert.True(cost > 0);
            Assert.Equal(100 - cost, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
        }
        finally
        {
            app.Fal.DeliverWebhooks = true;
        }
    }

    [Fact]
    public async Task Canceling_a_queued_request_calls_fals_cancel_route_and_returns_the_credits()
    {
        var (user, id, request) = await StartHeldAsync(queuePosition: 5);

        using (var canceled = await user.SendAsync(HttpMethod.Post, $"/api/generations/{id}/cancel"))
        {
            Assert.True(canceled.IsSuccessStatusCode, $"Cancel answered {(int)canceled.StatusCode}.");
        }

        await Eventually.UntilAsync(() => Task.FromResult(request.CancelRequested), sent => sent, _ => "Crëo never called fal's cancel route.");
        Assert.Contains(("PUT", $"/fal-ai/flux/requests/{request.Id}/cancel"), app.Fal.Received);
        Assert.Equal("canceled", (await user.GetJsonAsync<JsonElement>($"/api/generations/{id}")).GetProperty("status").GetString());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    public static TheoryData<string> Attacks => ["forged-signature", "stale-timestamp", "unknown-key", "swapped-body", "no-signature"];

    /// <summary>Each attack on a running generation's real request id: refused with a 400 problem, and the generation still waits.</summary>
    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_webhook_attack_is_refused_and_changes_nothing(string attack)
    {
        var (user, id, request) = await StartHeldAsync(queuePosition: 0);
        var honest = FalStandIn.WebhookBody(request.Id, new JsonObject { ["images"] = new JsonArray(new JsonObject { ["url"] = "https://fal.media/out.png" }) });
        using var delivery = attack switch
        {
            "stale-timestamp" => app.Fal.Delivery(app.WebhookUrl, request.Id, honest, at: DateTimeOffset.UtcNow.AddMinutes(-6)),
            "unknown-key" => app.Fal.Delivery(app.WebhookUrl, request.Id, honest, unpublishedKey: true),
            "swapped-body" => app.Fal.Delivery(app.WebhookUrl, request.Id, honest, sentBody: FalStandIn.WebhookBody(request.Id, new JsonObject { ["images"] = new JsonArray() })),
            _ => app.Fal.Delivery(app.WebhookUrl, request.Id, honest),
        };
        if (attack == "forged-signature")
        {
            delivery.Headers.Remove("X-Fal-Webhook-Signature");
            delivery.Headers.Add("X-Fal-Webhook-Signature", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)));
        }
        else if (attack == "no-signature")
        {
            delivery.Headers.Remove("X-Fal-Webhook-Signature");
        }

        var fetchesBefore = app.Fal.JwksFetches;
        using var answer = await app.Http.SendAsync(delivery, Cancel);
        using var again = await app.Http.SendAsync(Clone(delivery, await delivery.Content!.ReadAsByteArrayAsync(Cancel)), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.EndsWith("/webhook-signature-invalid", JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("type").GetString());
        Assert.True(app.Fal.JwksFetches - fetchesBefore <= 1, "Refused deliveries made Crëo fetch fal's JWKS more than once.");
        var generation = await user.GetJsonAsync<JsonElement>($"/api/generations/{id}");
        Assert.Equal("running", generation.GetProperty("status").GetString());
        Assert.False(request.IsFinished);
        await StopAsync(user, id);
    }

    [Fact]
    public async Task A_replayed_delivery_is_applied_once()
    {
        var (user, id, request) = await StartHeldAsync(queuePosition: 0);
        Assert.Equal(HttpStatusCode.OK, await app.Fal.CompleteAsync(request.Id));
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);
        var body = FalStandIn.WebhookBody(request.Id, request.Result);

        using var replay = app.Fal.Delivery(app.WebhookUrl, request.Id, body);
        using var replayAnswer = await app.Http.SendAsync(replay, Cancel);
        using var replayAgain = await app.Http.SendAsync(Clone(replay, body), Cancel);

        Assert.Equal(HttpStatusCode.OK, replayAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayAgain.StatusCode);
        var after = await user.GetJsonAsync<JsonElement>($"/api/generations/{id}");
        Assert.Equal(generation.GetProperty("completedAt").GetString(), after.GetProperty("completedAt").GetString());
        Assert.Equal(1, after.GetProperty("outputs").GetArrayLength());
        var captured = after.GetProperty("receipt").GetProperty("captured").GetInt64();
        Assert.Equal(100 - captured, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Theory]
    [InlineData("https://10.0.0.7/out.png")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("file:///etc/passwd")]
    public async Task A_hostile_output_url_charges_nothing(string hostile)
    {
        var user = await app.NewPersonAsync();
        app.Fal.Hold = false;
        app.Fal.NextQueuePosition = 0;
        app.Fal.NextOutputUrl = hostile;

        var id = (await StudioApp.SubmitAsync(user, Fox())).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(0, generation.GetProperty("outputs").GetArrayLength());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Garbage_from_fal_fails_the_run_and_returns_the_credits()
    {
        var user = await app.NewPersonAsync();
        app.Fal.Hold = false;
        app.Fal.AnswerGarbage();

        var id = (await StudioApp.SubmitAsync(user, Fox())).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    private static object Fox() => new { modelId = FalStandIn.ImageModelId, prompt = "a red fox in snow", parameters = new { width = 512, height = 512 } };

    private static HttpRequestMessage Clone(HttpRequestMessage original, byte[] body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Content = new ByteArrayContent(body) };
        copy.Content.Headers.ContentType = new("application/json");
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    /// <summary>A new person's generation whose fal request waits, held, at <paramref name="queuePosition"/>; once Crëo has attached it.</summary>
    private async Task<(SignedInUser User, string Id, FalStandInRequest Request)> StartHeldAsync(int queuePosition)
    {
        var user = await app.NewPersonAsync();
        app.Fal.Hold = true;
        app.Fal.NextQueuePosition = queuePosition;
        var known = app.Fal.Requests.Select(r => r.Id).ToHashSet();

        var id = (await StudioApp.SubmitAsync(user, Fox())).GetProperty("id").GetString()!;
        var request = (await Eventually.UntilAsync(
            () => Task.FromResult(app.Fal.Requests.FirstOrDefault(r => !known.Contains(r.Id))),
            found => found is not null,
            _ => "The request never reached fal's queue."))!;
        await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/generations/{id}"),
            generation => generation.GetProperty("status").GetString() == "running" && generation.GetProperty("queuePosition").ValueKind == JsonValueKind.Number,
            generation => $"The generation never showed its place in the queue: {generation}");
        return (user, id, request);
    }

    private static Task WaitForQueuePositionAsync(SignedInUser user, string id, int position) =>
        Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/generations/{id}"),
            generation => generation.GetProperty("queuePosition") is { ValueKind: JsonValueKind.Number } shown && shown.GetInt32() == position,
            generation => $"The generation never showed place {position} in the queue: {generation}");

    private static async Task StopAsync(SignedInUser user, string id)
    {
        using (await user.SendAsync(HttpMethod.Post, $"/api/generations/{id}/cancel"))
        {
        }
    }
}
