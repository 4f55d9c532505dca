using Creo.Application.Common.Ports;
using Creo.Application.Generations.CancelGeneration;
using Creo.Application.Generations.CancelPrediction;
using Creo.Application.Generations.ClaimGenerationRun;
using Creo.Application.Generations.DeleteGeneration;
using Creo.Application.Generations.EraseGenerations;
using Creo.Application.Generations.FinishGeneration;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.PollGeneration;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.ReconcileGenerations;
using Creo.Application.Generations.RunGeneration;
using Creo.Domain.Common;
using Creo.Domain.Credits;
using Creo.Domain.Generations;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Generations;

public abstract class GenerationRunTests(DatabaseProvider provider) : StudioTestBase(provider)
{
    [Fact]
    public async Task A_finished_run_stores_its_output_under_the_owners_prefix_and_captures_the_hold()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);

        await RunJobAsync(Assert.Single(Jobs.EnqueuedOf<RunGenerationJob>()));

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal("succeeded", generation.Status);
        var output = Assert.Single(generation.Outputs);
        Assert.Equal("image/png", output.ContentType);
        Assert.Equal((3L, 3L, 0L), (generation.Receipt!.Held, generation.Receipt.Captured, generation.Receipt.Released));
        Assert.Equal(50 - 3, await BalanceAsync(user));
        var keys = await StorageKeysAsync($"users/{user:N}/generations/{submitted.Id:N}/");
        Assert.Equal([$"users/{user:N}/generations/{submitted.Id:N}/0.png"], keys);
    }

    [Fact]
    public async Task Running_the_job_twice_charges_once_and_keeps_one_set_of_outputs()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        var job = new RunGenerationJob(submitted.Id);

        await RunJobAsync(job);
        await RunJobAsync(job);

        Assert.Equal(1, Model.Starts);
        Assert.Equal(47, await BalanceAsync(user));
        Assert.Single(await LedgerOfAsync(submitted.Id, CreditEntryKind.Capture));
        Assert.Single((await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel)).Outputs);
    }

    [Fact]
    public async Task Two_workers_running_the_same_generation_at_once_do_the_work_once()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        var job = new RunGenerationJob(submitted.Id);

        await Task.WhenAll(RunJobAsync(job), RunJobAsync(job), RunJobAsync(job));

        Assert.Equal(1, Model.Starts);
        Assert.Single(await LedgerOfAsync(submitted.Id, CreditEntryKind.Capture));
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_worker_killed_mid_run_is_replaced_after_its_claim_lapses_and_nothing_is_charged_twice()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);

        // The first worker takes the run and dies before it finishes anything.
        Assert.NotNull(await App.SendAsync(new ClaimGenerationRunCommand(submitted.Id), Cancel));
        await RunJobAsync(new RunGenerationJob(submitted.Id));
        Assert.Equal(0, Model.Starts);

        App.Clock.Advance(TimeSpan.FromMinutes(3));
        await RunJobAsync(new ReconcileGenerationsJob());
        var rerun = Jobs.EnqueuedOf<RunGenerationJob>().Last();
        await RunJobAsync(rerun);

        Assert.Equal("succeeded", (await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel)).Status);
        Assert.Single(await LedgerOfAsync(submitted.Id, CreditEntryKind.Capture));
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_queued_generation_whose_job_was_lost_is_run_by_the_reconciliation()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        Jobs.Enqueued.Clear();

        await RunJobAsync(new ReconcileGenerationsJob());
        Assert.Empty(Jobs.EnqueuedOf<RunGenerationJob>());
        App.Clock.Advance(TimeSpan.FromMinutes(3));
        await RunJobAsync(new ReconcileGenerationsJob());

        Assert.Equal(submitted.Id, Assert.Single(Jobs.EnqueuedOf<RunGenerationJob>()).GenerationId);
    }

    [Fact]
    public async Task A_failed_prediction_fails_the_generation_and_returns_the_credits()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Failed;
        var submitted = await SubmitAsync(user);

        await RunJobAsync(new RunGenerationJob(submitted.Id));

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal(("failed", "The model failed; your credits were returned."), (generation.Status, generation.Error));
        Assert.Equal((3L, 0L, 3L), (generation.Receipt!.Held, generation.Receipt.Captured, generation.Receipt.Released));
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_provider_that_keeps_failing_fails_the_generation_on_the_last_attempt_and_returns_the_credits()
    {
        var user = await FundedUserAsync();
        Model.FailuresToThrow = 100;
        var submitted = await SubmitAsync(user);
        var job = new RunGenerationJob(submitted.Id);

        // The job system retries a throwing job; the third attempt gives up cleanly.
        await Assert.ThrowsAsync<HttpRequestException>(() => RunJobAsync(job));
        await Assert.ThrowsAsync<HttpRequestException>(() => RunJobAsync(job));
        await RunJobAsync(job);

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal("failed", generation.Status);
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_provider_that_recovers_before_the_last_attempt_succeeds_and_charges_once()
    {
        var user = await FundedUserAsync();
        Model.FailuresToThrow = 1;
        var submitted = await SubmitAsync(user);
        var job = new RunGenerationJob(submitted.Id);

        await Assert.ThrowsAsync<HttpRequestException>(() => RunJobAsync(job));
        await RunJobAsync(job);

        Assert.Equal("succeeded", (await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel)).Status);
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_running_prediction_is_polled_until_it_finishes()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Processing;
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        var poll = Assert.Single(Jobs.ScheduledOf<PollGenerationJob>());
        await RunJobAsync(poll);
        Assert.Equal(2, Jobs.ScheduledOf<PollGenerationJob>().Count);
        Assert.Equal("running", (await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel)).Status);

        Model.Complete(submitted.Id);
        await RunJobAsync(poll);

        Assert.Equal(2, Jobs.ScheduledOf<PollGenerationJob>().Count);
        Assert.Equal("succeeded", (await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel)).Status);
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Fact]
    public async Task Canceling_a_running_generation_returns_the_credits_and_tells_the_provider_to_stop()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Processing;
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        await App.SendAsync(new CancelGenerationCommand(user, submitted.Id), Cancel);
        await RunJobAsync(Assert.Single(Jobs.EnqueuedOf<CancelPredictionJob>()));

        Assert.Equal([$"p-{submitted.Id:N}"], Model.Canceled);
        Assert.Equal(50, await BalanceAsync(user));

        // The provider finishes anyway: nothing it made is kept, and nothing is charged.
        Model.Complete(submitted.Id);
        await RunJobAsync(new PollGenerationJob(submitted.Id));
        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal(("canceled", 0), (generation.Status, generation.Outputs.Count));
        Assert.Empty(await StorageKeysAsync($"users/{user:N}/"));
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task Outputs_copied_while_the_generation_was_being_canceled_are_removed_again()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        Assert.NotNull(await App.SendAsync(new ClaimGenerationRunCommand(submitted.Id), Cancel));
        var key = $"users/{user:N}/generations/{submitted.Id:N}/0.png";
        await App.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IObjectStorage>().PutAsync(key, new MemoryStream(ScriptedProvider.Png(8, 8)), "image/png", Cancel);
            return true;
        });

        await App.SendAsync(new CancelGenerationCommand(user, submitted.Id), Cancel);
        var applied = await App.SendAsync(new FinishGenerationCommand(submitted.Id, [new StoredOutput(key, "image/png", 10)], null), Cancel);

        Assert.False(applied);
        Assert.Empty(await StorageKeysAsync($"users/{user:N}/"));
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_finished_generation_cannot_be_canceled()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => App.SendAsync(new CancelGenerationCommand(user, submitted.Id), Cancel));

        Assert.Equal("generation-finished", refusal.Code);
        Assert.Equal(47, await BalanceAsync(user));
    }

    [Fact]
    public async Task A_prediction_past_its_deadline_is_stopped_and_its_credits_returned()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Processing;
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        App.Clock.Advance(TimeSpan.FromMinutes(7));
        await RunJobAsync(new PollGenerationJob(submitted.Id));

        var generation = await App.SendAsync(new GetGenerationQuery(user, submitted.Id), Cancel);
        Assert.Equal("failed", generation.Status);
        Assert.Contains($"p-{submitted.Id:N}", Model.Canceled);
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task Deleting_a_generation_removes_its_media_and_its_row()
    {
        var user = await FundedUserAsync();
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));
        Assert.NotEmpty(await StorageKeysAsync($"users/{user:N}/generations/"));

        await App.SendAsync(new DeleteGenerationCommand(user, submitted.Id), Cancel);

        Assert.Empty(await StorageKeysAsync($"users/{user:N}/generations/"));
        await using var db = App.Database.CreateContext();
        Assert.False(await db.Generations.AnyAsync(g => g.Id == submitted.Id, Cancel));
        Assert.False(await db.GenerationOutputs.AnyAsync(o => o.GenerationId == submitted.Id, Cancel));
    }

    [Fact]
    public async Task Deleting_a_running_generation_cancels_it_and_returns_the_credits()
    {
        var user = await FundedUserAsync();
        Model.StartWith = ProviderStatus.Processing;
        var submitted = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(submitted.Id));

        await App.SendAsync(new DeleteGenerationCommand(user, submitted.Id), Cancel);

        Assert.Single(Jobs.EnqueuedOf<CancelPredictionJob>());
        Assert.Equal(50, await BalanceAsync(user));
    }

    [Fact]
    public async Task Erasing_a_persons_generations_stops_their_runs_and_removes_every_object_and_row()
    {
        var user = await FundedUserAsync();
        var other = await FundedUserAsync();
        var done = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(done.Id));
        Model.StartWith = ProviderStatus.Processing;
        var running = await SubmitAsync(user);
        await RunJobAsync(new RunGenerationJob(running.Id));
        Model.StartWith = ProviderStatus.Succeeded;
        var kept = await SubmitAsync(other);
        await RunJobAsync(new RunGenerationJob(kept.Id));

        var removed = await App.SendAsync(new EraseGenerationsCommand(user), Cancel);

        Assert.Equal(1, removed);
        Assert.Empty(await StorageKeysAsync($"users/{user:N}/"));
        Assert.NotEmpty(await StorageKeysAsync($"users/{other:N}/"));
        Assert.Equal($"p-{running.Id:N}", Assert.Single(Jobs.EnqueuedOf<CancelPredictionJob>()).PredictionId);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.Generations.AnyAsync(g => g.UserId == user, Cancel));
        Assert.False(await db.GenerationOutputs.AnyAsync(o => o.GenerationId == done.Id, Cancel));
        Assert.True(await db.Generations.AnyAsync(g => g.UserId == other, Cancel));
    }

    private async Task<IReadOnlyList<string>> StorageKeysAsync(string prefix) =>
        await App.InScopeAsync(sp => sp.GetRequiredService<IObjectStorage>().ListAsync(prefix, Cancel));

    private async Task<List<CreditEntry>> LedgerOfAsync(Guid generationId, CreditEntryKind kind)
    {
        await using var db = App.Database.CreateContext();
        return await db.CreditEntries.Where(e => e.GenerationId == generationId && e.Kind == kind).ToListAsync(Cancel);
    }
}

public sealed class SqliteGenerationRunTests() : GenerationRunTests(DatabaseProvider.Sqlite);

public sealed class PostgresGenerationRunTests() : GenerationRunTests(DatabaseProvider.Postgres);
