using Creo.Application.Common.Errors;
using Creo.Application.Generations.ListModels;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Providers.Health;
using Creo.Application.Generations.QuoteGeneration;
using Creo.Application.Generations.RunGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Generations.HostHealth;

/// <summary>
/// The breaker fed by real runs on a real database: a host whose runs keep failing stops being offered, and a submission
/// to it is refused before anything is written, held or scheduled; after the break it is offered and used again.
/// </summary>
public abstract class HostBreakerSubmissionTests(DatabaseProvider provider) : StudioTestBase(provider)
{
    [Fact]
    public async Task A_host_whose_runs_keep_failing_is_refused_with_nothing_written_held_or_scheduled_until_its_break_ends()
    {
        var user = await FundedUserAsync();
        await OpenTheBreakerThroughFailingRunsAsync(user);
        var balance = await BalanceAsync(user);
        var generations = await GenerationCountAsync(user);
        var jobs = Jobs.EnqueuedOf<RunGenerationJob>().Count;

        var refused = await Assert.ThrowsAsync<ServiceUnavailableException>(() => SubmitAsync(user, idempotencyKey: "while-open"));
        var quote = await Assert.ThrowsAsync<ServiceUnavailableException>(() => App.SendAsync(new QuoteGenerationQuery(ScriptedModelId, 512, 512, null), Cancel));
        var listed = Assert.Single(await App.SendAsync(new ListModelsQuery(), Cancel), m => m.Id == ScriptedModelId);

        Assert.Equal((60, "host-unavailable"), (refused.RetryAfterSeconds, refused.Code));
        Assert.Equal(refused.Message, quote.Message);
        Assert.Equal((ScriptedProvider.ProviderName, false), (listed.Host, listed.Available));
        Assert.Equal("The model host is not answering; try again in a few minutes.", listed.UnavailableReason);
        Assert.Equal(balance, await BalanceAsync(user));
        Assert.Equal(generations, await GenerationCountAsync(user));
        Assert.Equal(jobs, Jobs.EnqueuedOf<RunGenerationJob>().Count);

        // After the break the host is offered again; the next run is its trial, and its success closes the breaker.
        App.Clock.Advance(TimeSpan.FromSeconds(60));
        Model.FailuresToThrow = 0;
        var submitted = await SubmitAsync(user, idempotencyKey: "after-the-break");
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        Assert.Equal("succeeded", (await App.SendAsync(new Application.Generations.GetGeneration.GetGenerationQuery(user, submitted.Id), Cancel)).Status);
        Assert.True(Assert.Single(await App.SendAsync(new ListModelsQuery(), Cancel), m => m.Id == ScriptedModelId).Available);
    }

    [Fact]
    public async Task Predictions_the_model_itself_fails_do_not_open_the_breaker()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Failed;

        for (var i = 0; i < 6; i++)
        {
            var submitted = await SubmitAsync(user);
            await RunJobAsync(new RunGenerationJob(submitted.Id));
        }

        Assert.True(App.Provider.GetRequiredService<IHostHealth>().Availability(ScriptedProvider.ProviderName).IsAvailable);
        Assert.Equal(50, await BalanceAsync(user));
    }

    /// <summary>Five runs (the default <c>FailuresToOpen</c>) whose start throws, as a host that is down makes them.</summary>
    private async Task OpenTheBreakerThroughFailingRunsAsync(Guid user)
    {
        Model.FailuresToThrow = 100;
        for (var i = 0; i < new HostBreakerOptions().FailuresToOpen; i++)
        {
            var submitted = await SubmitAsync(user);
            await Assert.ThrowsAsync<HttpRequestException>(() => RunJobAsync(new RunGenerationJob(submitted.Id)));
        }

        Assert.False(App.Provider.GetRequiredService<IHostHealth>().Availability(ScriptedProvider.ProviderName).IsAvailable);
    }

    private async Task<int> GenerationCountAsync(Guid user)
    {
        await using var db = App.Database.CreateContext();
        return await db.Generations.CountAsync(g => g.UserId == user, Cancel);
    }
}

public sealed class SqliteHostBreakerSubmissionTests() : HostBreakerSubmissionTests(DatabaseProvider.Sqlite);

public sealed class PostgresHostBreakerSubmissionTests() : HostBreakerSubmissionTests(DatabaseProvider.Postgres);
