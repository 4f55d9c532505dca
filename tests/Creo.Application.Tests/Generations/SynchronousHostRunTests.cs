using Creo.Application.Common.Ports;
using Creo.Application.Generations.ClaimGenerationRun;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.ReconcileGenerations;
using Creo.Application.Generations.RunGeneration;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Generations;

/// <summary>
/// What a synchronous host (one call that is billed and answers the image, as OpenAI's image API) needs of the run:
/// never a second call once the image is stored, no job retry after a failure that may have been billed, and a
/// refusal told in words.
/// </summary>
public abstract class SynchronousHostRunTests(DatabaseProvider provider) : StudioTestBase(provider)
{
    [Fact]
    public async Task A_worker_killed_after_storing_the_output_is_finished_from_it_without_calling_the_host_again()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);

        // The first worker takes the run, has its image stored under the fixed key, and dies before finishing.
        Assert.NotNull(await App.SendAsync(new ClaimGenerationRunCommand(submitted.Id), Cancel));
        var key = $"users/{user:N}/generations/{submitted.Id:N}/0.png";
        await App.InScopeAsync(async sp =>
        {
            await using var png = new MemoryStream(ScriptedProvider.Png(64, 64));
            await sp.GetRequiredService<IObjectStorage>().PutAsync(key, png, "image/png", Cancel);
            return true;
        });

        App.Clock.Advance(TimeSpan.FromMinutes(3));
        await RunJobAsync(new ReconcileGenerationsJob());
        await RunJobAsync(Jobs.EnqueuedOf<RunGenerationJob>().Last());

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal(0, Model.Starts);
        Assert.Equal("succeeded", generation.Status);
        Assert.Equal("image/png", Assert.Single(generation.Outputs).ContentType);
        Assert.Equal(47, await BalanceAsync(user));
        await using var db = App.Database.CreateContext();
        Assert.Single(await db.CreditEntries.Where(e => e.GenerationId == submitted.Id && e.Kind == CreditEntryKind.Capture).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_host_that_failed_for_good_fails_the_run_at_once_without_a_job_retry()
    {
        var user = await FundedUserAsync();
        Model.StartThrows = new ProviderFailedException("The image host answered 401 (invalid_request_error, invalid_api_key).");
        var submitted = await SubmitAsync(user);

        await RunJobAsync(new RunGenerationJob(submitted.Id));
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal(("failed", "The model provider failed; your credits were returned."), (generation.Status, generation.Error));
        Assert.Equal(1, Model.Starts);
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_refusal_is_told_in_words_and_returns_the_credits()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Failed;
        Model.FailWith = ProviderRefusal.Code;
        var submitted = await SubmitAsync(user);

        await RunJobAsync(new RunGenerationJob(submitted.Id));

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal(("failed", "The model refused this prompt; your credits were returned."), (generation.Status, generation.Error));
        Assert.Equal(50, await BalanceAsync(user));
    }
}

public sealed class SqliteSynchronousHostRunTests() : SynchronousHostRunTests(DatabaseProvider.Sqlite);

public sealed class PostgresSynchronousHostRunTests() : SynchronousHostRunTests(DatabaseProvider.Postgres);
