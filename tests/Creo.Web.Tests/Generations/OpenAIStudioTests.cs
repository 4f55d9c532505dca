using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Infrastructure.Generations.OpenAI;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>Images on an OpenAI-compatible host, through its local stand-in, over HTTP; and what a hostile or failing host costs (nothing).</summary>
public sealed class OpenAIStudioTests(OpenAIStudioApp app) : IClassFixture<OpenAIStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private OpenAIImagesStandIn Host => app.OpenAI;

    [Fact]
    public async Task The_hosts_models_are_offered_with_the_sizes_it_accepts()
    {
        var models = await app.Http.GetFromJsonAsync<JsonElement>("/api/models", Cancel);

        var model = models.EnumerateArray().Single(m => m.GetProperty("id").GetString() == OpenAIImagesStandIn.ImageModelId);
        var width = model.GetProperty("parameters").GetProperty("width");
        Assert.Equal((1024, 1536, 1024), (width.GetProperty("min").GetInt32(), width.GetProperty("max").GetInt32(), width.GetProperty("default").GetInt32()));
        Assert.Contains(models.EnumerateArray(), m => m.GetProperty("id").GetString() == OpenAIImagesStandIn.UrlModelId);
    }

    [Fact]
    public async Task An_image_answered_as_b64_json_is_stored_and_charged_once()
    {
        var user = await app.NewPersonAsync();

        var (id, generation) = await MakeAsync(user, OpenAIImagesStandIn.ImageModelId, "a lighthouse at dusk", 1536, 1024);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        using var media = await user.GetAsync(generation.GetProperty("outputs")[0].GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        var call = Assert.Single(Host.Calls, c => c.IdempotencyKey == KeyOf(id));
        Assert.Equal("generations", call.Route);
        Assert.Equal($"Bearer {OpenAIImagesStandIn.ApiKey}", call.Authorization);
        Assert.Equal(("gpt-image-1", "1536x1024", "1"), (call.Fields["model"], call.Fields["size"], call.Fields["n"]));
        Assert.False(call.Fields.ContainsKey("response_format"), "gpt-image-1 refuses response_format; it must not be sent.");
        Assert.Equal(4, generation.GetProperty("receipt").GetProperty("captured").GetInt64());
        Assert.Equal(96, await BalanceAsync(user));
    }

    [Fact]
    public async Task An_image_answered_as_a_url_is_fetched_through_the_output_fetcher()
    {
        var user = await app.NewPersonAsync();

        var (id, generation) = await MakeAsync(user, OpenAIImagesStandIn.UrlModelId, "a paper boat", 1024, 1024);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        var call = Assert.Single(Host.Calls, c => c.IdempotencyKey == KeyOf(id));
        Assert.Equal(("dall-e-3", "url"), (call.Fields["model"], call.Fields["response_format"]));
        Assert.Equal(97, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_source_image_goes_to_the_edits_route_as_multipart()
    {
        var user = await app.NewPersonAsync();
        using var upload = await StudioApp.UploadAsync(user, StudioApp.Jpeg(320, 200), "photo.jpg");
        var sourceImageId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();

        var id = (await StudioApp.SubmitAsync(user, new { modelId = OpenAIImagesStandIn.ImageModelId, prompt = "make it winter", sourceImageId, parameters = new { width = 1024, height = 1024 } }))
            .GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        var call = Assert.Single(Host.Calls, c => c.IdempotencyKey == KeyOf(id));
        Assert.Equal("edits", call.Route);
        Assert.Equal(("gpt-image-1", "make it winter"), (call.Fields["model"], call.Fields["prompt"]));
        Assert.NotNull(call.Image);
        Assert.True(call.Image.Length > 0);
    }

    [Fact]
    public async Task A_refused_prompt_is_shown_in_words_returns_the_credits_and_stays_out_of_the_logs()
    {
        var user = await app.NewPersonAsync();
        var prompt = $"{OpenAIImagesStandIn.RefusedWord} canary-{Guid.NewGuid():N}";

        var (_, generation) = await MakeAsync(user, OpenAIImagesStandIn.ImageModelId, prompt, 1024, 1024);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.StartsWith("The model refused this prompt", generation.GetProperty("error").GetString());
        Assert.Equal(100, await BalanceAsync(user));
        Assert.False(app.Logs.Contain(prompt), "A log line holds the refused prompt.");
        Assert.Equal(["generations.generations.prompt"], await DatabaseText.ColumnsContainingAsync(app.Database, prompt));
    }

    [Fact]
    public async Task A_rate_limit_is_waited_out_as_retry_after_asks_with_the_same_idempotency_key()
    {
        var user = await app.NewPersonAsync();
        Host.FailNext(HttpStatusCode.TooManyRequests, retryAfterSeconds: 1);

        var (id, generation) = await MakeAsync(user, OpenAIImagesStandIn.ImageModelId, "a windmill", 1024, 1024);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        Assert.Equal(2, Host.CallsWith(KeyOf(id)));
        Assert.Equal(96, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_host_failing_with_5xx_is_retried_then_the_run_fails_and_returns_the_credits()
    {
        var user = await app.NewPersonAsync();
        Host.FailNext(HttpStatusCode.InternalServerError, times: 10);
        try
        {
            var (id, generation) = await MakeAsync(user, OpenAIImagesStandIn.ImageModelId, "a canal", 1024, 1024);

            Assert.Equal(("failed", "The model provider failed; your credits were returned."), (generation.GetProperty("status").GetString(), generation.GetProperty("error").GetString()));
            Assert.Equal(1 + OpenAIRetry.MaxRetryAttempts, Host.CallsWith(KeyOf(id)));
            Assert.Equal(100, await BalanceAsync(user));
        }
        finally
        {
            Host.ClearFailures();
        }
    }

    [Theory]
    [InlineData(200, "application/json", "{\"data\": [{\"b64_json\": 42")]
    [InlineData(200, "text/html", "<html><body>Welcome to nginx!</body></html>")]
    [InlineData(200, "application/json", "{\"data\": []}")]
    [InlineData(200, "application/json", "{\"data\": [{\"b64_json\": \"not base64 at all!\"}]}")]
    [InlineData(200, "application/json", "{\"data\": [{\"b64_json\": \"PGh0bWw+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PjwvaHRtbD4=\"}]}")]
    [InlineData(400, "application/json", "{\"error\": {\"message\": \"Invalid size\", \"type\": \"invalid_request_error\", \"param\": \"size\", \"code\": null}}")]
    public async Task A_garbage_answer_fails_the_run_returns_the_credits_and_stores_nothing(int status, string contentType, string body)
    {
        var user = await app.NewPersonAsync();
        Host.NextRawAnswer = (status, contentType, body);

        await AssertFailedAndFreeAsync(user, OpenAIImagesStandIn.ImageModelId);
    }

    [Fact]
    public async Task An_answer_claiming_two_gigabytes_of_base64_is_refused_without_reading_it_all()
    {
        var user = await app.NewPersonAsync();
        Host.NextHuge = true;

        await AssertFailedAndFreeAsync(user, OpenAIImagesStandIn.ImageModelId);

        // The run failed and charged nothing. How much of the body the app read is counted on the reading side, in
        // BoundedBodyTests: the stand-in's own count was no measure on a quiet machine, where it learnt of the hang-up
        // only after it had "written" all 64 MiB into a closed connection.
        Assert.True(Host.HugeBytesWritten > 0, "The huge answer was never asked for.");
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.7/out.png")]
    [InlineData("http://127.0.0.1:{trap}/out.png")]
    [InlineData("redirect:http://127.0.0.1:{trap}/out.png")]
    public async Task A_hostile_output_url_charges_nothing_and_is_never_fetched(string attack)
    {
        using var trap = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        trap.Start();
        var target = new Uri(attack.Replace("redirect:", "", StringComparison.Ordinal).Replace("{trap}", ((IPEndPoint)trap.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Host.NextUrl = attack.StartsWith("redirect:", StringComparison.Ordinal) ? Host.RedirectTo(target) : target;
        var user = await app.NewPersonAsync();

        await AssertFailedAndFreeAsync(user, OpenAIImagesStandIn.UrlModelId);
        Assert.False(trap.Pending(), "The app connected to the refused loopback port.");
    }

    [Fact]
    public async Task A_slow_host_hits_the_models_run_time_and_the_credits_are_returned()
    {
        var user = await app.NewPersonAsync();
        Host.Delay = TimeSpan.FromMinutes(2);
        try
        {
            await AssertFailedAndFreeAsync(user, OpenAIImagesStandIn.UrlModelId);
        }
        finally
        {
            Host.Delay = TimeSpan.Zero;
        }
    }

    private static string KeyOf(string generationId) => OpenAIImagesProvider.IdempotencyKeyOf(Guid.Parse(generationId));

    private static async Task<long> BalanceAsync(SignedInUser user) =>
        (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64();

    private static async Task<(string Id, JsonElement Generation)> MakeAsync(SignedInUser user, string modelId, string prompt, int width, int height)
    {
        var id = (await StudioApp.SubmitAsync(user, new { modelId, prompt, parameters = new { width, height } })).GetProperty("id").GetString()!;
        return (id, await StudioApp.WaitUntilFinishedAsync(user, id));
    }

    private async Task AssertFailedAndFreeAsync(SignedInUser user, string modelId)
    {
        var (id, generation) = await MakeAsync(user, modelId, "a quiet harbour", 1024, 1024);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        Assert.Equal(0, generation.GetProperty("outputs").GetArrayLength());
        Assert.Equal(0, generation.GetProperty("receipt").GetProperty("captured").GetInt64());
        Assert.Equal(100, await BalanceAsync(user));
        Assert.True(Host.CallsWith(KeyOf(id)) >= 1, "The host was never called.");
    }
}
