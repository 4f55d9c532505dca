using Creo.Application.Common.Errors;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Providers.Health;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Application.Tests.Generations.HostHealth;

/// <summary>
/// What counts against a host: its failures (exceptions, timeouts, 5xx), not a model's refusal it reports cleanly, a
/// clean 4xx about the request, an output Crëo refused, or a cancellation of ours.
/// </summary>
public sealed class HostGuardedProviderTests
{
    private readonly FakeTimeProvider clock = new();
    private readonly CountingHealth health;

    public HostGuardedProviderTests() => health = new CountingHealth(new HostCircuit(new HostBreakerOptions { FailuresToOpen = 2, OpenSeconds = 30 }, clock));

    [Fact]
    public async Task A_prediction_the_host_reports_as_failed_is_an_answer_not_a_failure()
    {
        var guarded = Guarded(_ => Task.FromResult(new ProviderPrediction("p1", ProviderStatus.Failed, [], "The model refused this prompt.")));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ProviderStatus.Failed, (await guarded.StartAsync(Request(), TestContext.Current.CancellationToken)).Status);
        }

        Assert.Equal((0, 3), (health.Failures, health.Successes));
        Assert.True(health.Availability("scripted").IsAvailable);
    }

    [Fact]
    public async Task A_clean_refusal_of_the_request_does_not_count_against_the_host()
    {
        var guarded = Guarded(_ => throw new HostAnswer(isHostFailure: false));

        await Assert.ThrowsAsync<HostAnswer>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<HostAnswer>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));

        Assert.Equal(0, health.Failures);
        Assert.True(health.Availability("scripted").IsAvailable);
    }

    [Fact]
    public async Task Refused_outputs_and_our_own_cancellations_do_not_count()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        var refusing = Guarded(_ => throw new OutputRefusedException("not https"));
        var cancelled = Guarded(token => Task.FromCanceled<ProviderPrediction>(token));

        await Assert.ThrowsAsync<OutputRefusedException>(() => refusing.StartAsync(Request(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<OutputRefusedException>(() => refusing.StartAsync(Request(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.StartAsync(Request(), canceled.Token));

        Assert.Equal(0, health.Failures);
    }

    [Fact]
    public async Task Host_failures_timeouts_and_5xx_open_the_breaker_and_then_starts_never_reach_the_host()
    {
        var failures = new Queue<Exception>([new HttpRequestException("connection refused"), new TaskCanceledException("The request timed out."), new HostAnswer(isHostFailure: true)]);
        var calls = 0;
        var guarded = Guarded(_ =>
        {
            calls++;
            throw failures.Dequeue();
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TaskCanceledException>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));
        var refused = await Assert.ThrowsAsync<ServiceUnavailableException>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));

        Assert.Equal(2, calls);
        Assert.Equal(30, refused.RetryAfterSeconds);
        Assert.Equal("host-unavailable", refused.Code);
        Assert.False(health.Availability("scripted").IsAvailable);
        Assert.Equal(2, health.Failures); // the refused start is not one more failure of the host
    }

    [Fact]
    public void A_5xx_from_a_host_counts_and_a_clean_4xx_does_not()
    {
        Assert.Equal(HostOutcome.Failed, HostGuardedProvider.Classify(new HostAnswer(isHostFailure: true), CancellationToken.None));
        Assert.Equal(HostOutcome.Answered, HostGuardedProvider.Classify(new HostAnswer(isHostFailure: false), CancellationToken.None));
        Assert.Equal(HostOutcome.Failed, HostGuardedProvider.Classify(new System.Text.Json.JsonException("garbage"), CancellationToken.None));
    }

    [Fact]
    public async Task While_open_a_running_prediction_is_still_read_and_a_good_answer_closes_the_breaker()
    {
        var guarded = Guarded(_ => throw new HttpRequestException("down"), get: () => Task.FromResult(new ProviderPrediction("p1", ProviderStatus.Processing, [], null)));
        await Assert.ThrowsAsync<HttpRequestException>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<HttpRequestException>(() => guarded.StartAsync(Request(), TestContext.Current.CancellationToken));
        Assert.False(health.Availability("scripted").IsAvailable);

        await guarded.GetAsync("p1", TestContext.Current.CancellationToken);

        Assert.True(health.Availability("scripted").IsAvailable);
    }

    private HostGuardedProvider Guarded(Func<CancellationToken, Task<ProviderPrediction>> start, Func<Task<ProviderPrediction>>? get = null) =>
        new(new StubProvider(start, get), health);

    private static ProviderRequest Request() =>
        new(Guid.CreateVersion7(), "tests/scripted", "v1", "a prompt", 512, 512, null, 7, null, TimeSpan.FromMinutes(1));

    private sealed class HostAnswer(bool isHostFailure) : Exception("The host answered."), IHostFailureKind
    {
        public bool IsHostFailure { get; } = isHostFailure;
    }

    private sealed class StubProvider(Func<CancellationToken, Task<ProviderPrediction>> start, Func<Task<ProviderPrediction>>? get) : IGenerationProvider
    {
        public string Name => "scripted";

        public Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken) => start(cancellationToken);

        public Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken) =>
            get?.Invoke() ?? throw new InvalidOperationException("Not scripted.");

        public Task CancelAsync(string predictionId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken) => Task.FromResult<Stream>(new MemoryStream());
    }

    /// <summary>One circuit for the one host these tests use, counting what it was told.</summary>
    private sealed class CountingHealth(HostCircuit circuit) : IHostHealth
    {
        public int Failures { get; private set; }

        public int Successes { get; private set; }

        public HostAvailability Availability(string host) => circuit.Availability();

        public bool TryStart(string host) => circuit.TryStart();

        public void Succeeded(string host)
        {
            Successes++;
            circuit.Succeeded();
        }

        public void Failed(string host)
        {
            Failures++;
            circuit.Failed();
        }
    }
}
