using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Creo.Application.Generations;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>The Replicate adapter, wired as the app wires it, against a stand-in speaking Replicate's HTTP API.</summary>
public sealed class ReplicateProviderTests : IAsyncLifetime
{
    private const string Prompt = "a lighthouse in a storm, private-words-7f3a";
    private readonly List<ServiceProvider> containers = [];
    private ReplicateStandIn standIn = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => standIn = await ReplicateStandIn.StartAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var container in containers)
        {
            await container.DisposeAsync();
        }

        await standIn.DisposeAsync();
    }

    [Fact]
    public async Task Starting_on_a_pinned_version_posts_it_to_predictions_and_maps_the_finished_prediction()
    {
        var provider = Provider();

        var prediction = await provider.StartAsync(ImageRequest(), Cancel);

        Assert.Equal(ProviderStatus.Succeeded, prediction.Status);
        Assert.False(string.IsNullOrWhiteSpace(prediction.Id));
        Assert.Null(prediction.Error);
        var output = Assert.Single(prediction.Outputs);
        Assert.Equal("image/png", output.ContentType);
        Assert.Equal(new Uri(standIn.BaseAddress, $"/files/{prediction.Id}/0.png"), output.Url);

        var request = Assert.Single(standIn.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/predictions", request.Path);
        Assert.Equal($"Bearer {ReplicateStandIn.ApiToken}", request.Header("Authorization"));
        Assert.Equal("creo", request.Header("User-Agent"));
        Assert.Equal(ReplicateStandIn.ImageVersion, Body()["version"]?.GetValue<string>());
    }

    [Fact]
    public async Task Starting_on_an_official_model_posts_to_its_models_endpoint_without_a_version()
    {
        var provider = Provider();
        standIn.OutputsPerPrediction = 2;

        var prediction = await provider.StartAsync(VideoRequest(durationSeconds: 5), Cancel);

        Assert.Equal(ProviderStatus.Succeeded, prediction.Status);
        Assert.Equal(2, prediction.Outputs.Count);
        Assert.Equal($"/v1/models/{ReplicateStandIn.VideoProviderModel}/predictions", Assert.Single(standIn.Received).Path);
        var body = Body();
        Assert.False(body.ContainsKey("version"));
        Assert.Equal(5, body["input"]!["duration"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_input_holds_prompt_size_seed_and_the_source_image_as_a_data_uri()
    {
        var provider = Provider();
        byte[] image = [0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4];

        await provider.StartAsync(ImageRequest(new ProviderSourceImage(image, "image/png")), Cancel);

        var input = Body()["input"]!.AsObject();
        Assert.Equal(Prompt, input["prompt"]!.GetValue<string>());
        Assert.Equal(1024, input["width"]!.GetValue<int>());
        Assert.Equal(768, input["height"]!.GetValue<int>());
        Assert.Equal(4_294_967_297L, input["seed"]!.GetValue<long>());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(image), input["image"]!.GetValue<string>());
        Assert.False(input.ContainsKey("duration"));
    }

    [Fact]
    public async Task Without_a_webhook_url_no_webhook_is_asked_for()
    {
        var provider = Provider();

        await provider.StartAsync(ImageRequest(), Cancel);

        var body = Body();
        Assert.False(body.ContainsKey("webhook"));
        Assert.False(body.ContainsKey("webhook_events_filter"));
        Assert.False(body["input"]!.AsObject().ContainsKey("image"));
    }

    [Fact]
    public async Task With_a_webhook_url_the_prediction_asks_for_the_completed_event_only()
    {
        var provider = Provider(settings => settings["Replicate:WebhookUrl"] = "https://creo.example/api/webhooks/replicate");

        await provider.StartAsync(ImageRequest(), Cancel);

        var body = Body();
        Assert.Equal("https://creo.example/api/webhooks/replicate", body["webhook"]!.GetValue<string>());
        Assert.Equal(["completed"], body["webhook_events_filter"]!.AsArray().Select(item => item!.GetValue<string>()));
    }

    [Fact]
    public async Task The_run_time_limit_is_sent_as_Cancel_After_in_whole_seconds_rounded_up()
    {
        var provider = Provider();

        await provider.StartAsync(ImageRequest() with { MaxRunTime = TimeSpan.FromSeconds(90.2) }, Cancel);

        Assert.Equal("91s", Assert.Single(standIn.Received).Header("Cancel-After"));
    }

    [Fact]
    public async Task A_running_prediction_reads_as_running_until_it_has_finished()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Process;

        var started = await provider.StartAsync(ImageRequest(), Cancel);
        var running = await provider.GetAsync(started.Id, Cancel);
        await standIn.CompleteAsync(started.Id);
        var finished = await provider.GetAsync(started.Id, Cancel);

        Assert.Equal(ProviderStatus.Starting, started.Status);
        Assert.Empty(started.Outputs);
        Assert.Equal(ProviderStatus.Processing, running.Status);
        Assert.False(running.IsFinished);
        Assert.Equal(ProviderStatus.Succeeded, finished.Status);
        Assert.Single(finished.Outputs);
        Assert.Equal($"/v1/predictions/{started.Id}", standIn.Received[^1].Path);
        Assert.Equal("GET", standIn.Received[^1].Method);
    }

    [Fact]
    public async Task A_failed_prediction_carries_the_model_error_and_no_outputs()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Fail;

        var prediction = await provider.StartAsync(ImageRequest(), Cancel);

        Assert.Equal(ProviderStatus.Failed, prediction.Status);
        Assert.Equal("CUDA out of memory.", prediction.Error);
        Assert.Empty(prediction.Outputs);
    }

    [Fact]
    public async Task A_prediction_past_its_deadline_before_it_started_reads_as_canceled_with_a_reason()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Process;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        standIn.Clock = clock;
        var started = await provider.StartAsync(ImageRequest() with { MaxRunTime = TimeSpan.FromSeconds(1) }, Cancel);

        clock.Advance(TimeSpan.FromSeconds(1.2));
        var prediction = await provider.GetAsync(started.Id, Cancel);

        Assert.Equal("aborted", standIn.StatusOf(started.Id));
        Assert.Equal(ProviderStatus.Canceled, prediction.Status);
        Assert.Contains("deadline", prediction.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canceling_a_running_prediction_stops_it()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Process;
        var started = await provider.StartAsync(ImageRequest(), Cancel);

        await provider.CancelAsync(started.Id, Cancel);

        Assert.Equal("canceled", standIn.StatusOf(started.Id));
        Assert.Equal($"/v1/predictions/{started.Id}/cancel", standIn.Received[^1].Path);
        Assert.Equal(ProviderStatus.Canceled, (await provider.GetAsync(started.Id, Cancel)).Status);
    }

    [Fact]
    public async Task Canceling_a_finished_or_unknown_prediction_is_not_an_error()
    {
        var provider = Provider();
        var finished = await provider.StartAsync(ImageRequest(), Cancel);

        await provider.CancelAsync(finished.Id, Cancel);
        await provider.CancelAsync("no-such-prediction", Cancel);

        Assert.Equal("succeeded", standIn.StatusOf(finished.Id));
    }

    [Fact]
    public async Task An_output_downloads_as_the_image_the_model_made()
    {
        var provider = Provider();
        var prediction = await provider.StartAsync(ImageRequest(), Cancel);

        await using var stream = await provider.OpenOutputAsync(prediction.Outputs[0], Cancel);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancel);

        using var bitmap = SKBitmap.Decode(copy.ToArray());
        Assert.NotNull(bitmap);
        Assert.Equal(64, bitmap.Width);
    }

    [Fact]
    public async Task The_api_token_does_not_follow_an_output_to_another_host()
    {
        standIn.OutputBase = new UriBuilder(standIn.BaseAddress) { Host = "localhost" }.Uri;
        var provider = Provider(outputPolicy: new StandInOutputPolicy(standIn.BaseAddress, standIn.OutputBase));
        var prediction = await provider.StartAsync(ImageRequest(), Cancel);

        await using (await provider.OpenOutputAsync(prediction.Outputs[0], Cancel))
        {
        }

        var download = standIn.Received[^1];
        Assert.StartsWith("/files/", download.Path, StringComparison.Ordinal);
        Assert.Null(download.Header("Authorization"));
    }

    /// <summary>
    /// Production's policy against every address an attacker who controls a provider answer would name. A listener
    /// waits on the loopback port the URLs name: it must never see a connection, so refusal happens before connecting.
    /// </summary>
    [Theory]
    [InlineData("http://127.0.0.1:{trap}/out.png")]
    [InlineData("ftp://127.0.0.1:{trap}/out.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://127.0.0.1:{trap}/out.png")]
    [InlineData("https://localhost:{trap}/out.png")]
    [InlineData("https://[::1]:{trap}/out.png")]
    [InlineData("https://10.0.0.7/out.png")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    public async Task Under_the_strict_policy_an_output_outside_the_public_https_internet_is_refused_before_connecting(string template)
    {
        using var trap = LoopbackTrap();
        var provider = Provider(outputPolicy: new PublicOutputAddressPolicy());

        await Assert.ThrowsAsync<OutputRefusedException>(() => provider.OpenOutputAsync(new ProviderOutput("image/png", TrapUrl(template, trap)), Cancel));

        Assert.False(trap.Pending(), "The fetcher connected to the refused address.");
        Assert.Empty(standIn.Received);
    }

    [Theory]
    [InlineData("https://localhost:{trap}/out.png")]
    [InlineData("https://127.0.0.1:{trap}/out.png")]
    [InlineData("http://127.0.0.1:{trap}/out.png")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    public async Task A_redirect_from_an_allowed_place_to_a_private_one_is_refused(string template)
    {
        using var trap = LoopbackTrap();
        var provider = Provider();
        var output = new ProviderOutput("image/png", standIn.RedirectTo(TrapUrl(template, trap)));

        await Assert.ThrowsAsync<OutputRefusedException>(() => provider.OpenOutputAsync(output, Cancel));

        Assert.False(trap.Pending(), "The fetcher followed the redirect to the refused address.");
        Assert.Single(standIn.Received);
    }

    [Fact]
    public async Task A_redirect_within_allowed_places_is_followed_a_few_times_and_no_more()
    {
        var provider = Provider();
        var file = standIn.Serve(TestImages.HalvesPng(8, 8, whiteOnRight: true), "image/png");
        var threeHops = standIn.RedirectTo(standIn.RedirectTo(standIn.RedirectTo(file)));
        var fourHops = standIn.RedirectTo(threeHops);

        await using (var stream = await provider.OpenOutputAsync(new ProviderOutput("image/png", threeHops), Cancel))
        {
            Assert.NotNull(SKBitmap.Decode(stream));
        }

        await Assert.ThrowsAsync<OutputRefusedException>(() => provider.OpenOutputAsync(new ProviderOutput("image/png", fourHops), Cancel));
    }

    [Fact]
    public async Task An_output_announced_larger_than_the_limit_is_refused_before_its_body_is_read()
    {
        var provider = Provider(settings => settings["Generation:MaxOutputBytes"] = "1000");
        var output = new ProviderOutput("image/png", standIn.Serve(new byte[1001], "image/png"));

        await Assert.ThrowsAsync<OutputRefusedException>(() => provider.OpenOutputAsync(output, Cancel));
    }

    [Fact]
    public async Task A_missing_output_file_is_a_ReplicateException()
    {
        var provider = Provider();
        var url = new Uri(standIn.BaseAddress, "/files/nothing/0.png");

        var exception = await Assert.ThrowsAsync<ReplicateException>(() => provider.OpenOutputAsync(new ProviderOutput("image/png", url), Cancel));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task A_bad_token_is_refused_with_a_ReplicateException_that_never_quotes_the_prompt()
    {
        var provider = Provider(settings => settings["Replicate:ApiToken"] = "r8_not_the_token");

        var exception = await Assert.ThrowsAsync<ReplicateException>(() => provider.StartAsync(ImageRequest(), Cancel));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.False(exception.IsTransient);
        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
        Assert.Contains("You did not pass a valid authentication token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private-words", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_detail_that_quotes_the_prompt_has_it_taken_out()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.UnprocessableEntity)
        {
            Content = new StringContent(
                $$"""{"title":"Input validation failed","detail":"- input.prompt: '{{Prompt}}' is flagged","status":422}""",
                Encoding.UTF8,
                "application/problem+json"),
        };

        var exception = await ReplicateException.FromResponseAsync(response, Prompt, Cancel);

        Assert.Equal("Replicate answered 422 (Unprocessable Entity): Input validation failed: - input.prompt: '[prompt]' is flagged.", exception.Message);
    }

    [Fact]
    public async Task A_transient_503_on_a_read_is_retried_until_it_succeeds()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Process;
        var started = await provider.StartAsync(ImageRequest(), Cancel);
        standIn.FailNext(HttpStatusCode.ServiceUnavailable, retryAfterSeconds: 0);

        var prediction = await provider.GetAsync(started.Id, Cancel);

        Assert.Equal(ProviderStatus.Processing, prediction.Status);
        Assert.Equal(2, standIn.Received.Count(request => request.Method == "GET"));
    }

    [Fact]
    public async Task A_rate_limited_create_is_sent_again_after_the_wait_Replicate_asks_for()
    {
        var provider = Provider();
        standIn.FailNext(HttpStatusCode.TooManyRequests, retryAfterSeconds: 1);

        var prediction = await provider.StartAsync(ImageRequest(), Cancel);

        Assert.Equal(ProviderStatus.Succeeded, prediction.Status);
        Assert.Equal(2, standIn.ReceivedBodies.Count);
        Assert.Equal(standIn.ReceivedBodies[0], standIn.ReceivedBodies[1]);
    }

    [Fact]
    public async Task A_503_on_create_is_not_repeated_because_a_billed_run_may_have_started()
    {
        var provider = Provider();
        standIn.FailNext(HttpStatusCode.ServiceUnavailable, retryAfterSeconds: 0);

        var exception = await Assert.ThrowsAsync<ReplicateException>(() => provider.StartAsync(ImageRequest(), Cancel));

        Assert.True(exception.IsTransient);
        Assert.Single(standIn.ReceivedBodies);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_surfaces()
    {
        var provider = Provider();
        standIn.FailNext(HttpStatusCode.BadGateway, times: 10, retryAfterSeconds: 0);

        var exception = await Assert.ThrowsAsync<ReplicateException>(() => provider.GetAsync("some-prediction", Cancel));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Equal(4, standIn.Received.Count);
    }

    [Fact]
    public async Task A_create_that_never_answers_gives_up_when_the_caller_does()
    {
        var provider = Provider();
        standIn.NextOutcome = ReplicateOutcome.Hang;
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var start = provider.StartAsync(ImageRequest(), giveUp.Token);

        // Give up only once the create has reached the host (a timer could fire before the request left, under load).
        await Eventually.UntilAsync(
            () => Task.FromResult(standIn.ReceivedBodies.Count), count => count == 1, count => $"the host received {count} creates");
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
        Assert.Single(standIn.ReceivedBodies);
    }

    [Fact]
    public void Without_an_api_token_no_replicate_provider_is_registered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Replicate:WebhookSecret"] = "whsec_x" }).Build();
        using var container = new ServiceCollection().AddLogging().AddCreoReplicate(configuration).BuildServiceProvider();

        Assert.Empty(container.GetServices<IGenerationProvider>());
    }

    private static ProviderRequest ImageRequest(ProviderSourceImage? image = null) => new(
        Guid.NewGuid(), ReplicateStandIn.ImageProviderModel, ReplicateStandIn.ImageVersion, Prompt, 1024, 768, null, 4_294_967_297L, image, TimeSpan.FromSeconds(120));

    private static ProviderRequest VideoRequest(int durationSeconds) => new(
        Guid.NewGuid(), ReplicateStandIn.VideoProviderModel, ReplicateStandIn.VideoVersion, Prompt, 832, 480, durationSeconds, 7, null, TimeSpan.FromMinutes(10));

    /// <param name="outputPolicy">Where outputs may come from: the stand-in's own origin unless a test says otherwise.</param>
    private IGenerationProvider Provider(Action<Dictionary<string, string?>>? configure = null, IOutputAddressPolicy? outputPolicy = null)
    {
        var settings = standIn.Settings();
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var container = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IOutputAddressPolicy>(outputPolicy ?? standIn.OutputPolicy)
            .Configure<GenerationsOptions>(configuration.GetSection(GenerationsOptions.Section))
            .AddCreoReplicate(configuration)
            .BuildServiceProvider();
        containers.Add(container);
        return Assert.Single(container.GetServices<IGenerationProvider>(), provider => provider.Name == ProviderNames.Replicate);
    }

    /// <summary>A loopback listener no output may reach; the URLs of a test name its port as <c>{trap}</c>.</summary>
    private static TcpListener LoopbackTrap()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static Uri TrapUrl(string template, TcpListener trap) =>
        new(template.Replace("{trap}", ((IPEndPoint)trap.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private JsonObject Body() => JsonNode.Parse(Assert.Single(standIn.ReceivedBodies))!.AsObject();
}
