using Creo.Application.Common.Errors;
using Creo.Application.Common.Jobs;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Generations.RunGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Jobs;

/// <summary>
/// On PostgreSQL with Hangfire's PostgreSQL storage, a submission's generation, its credit hold and its run's job
/// commit in one transaction: a crash before the commit leaves none of them, and once the commit returns the run is
/// already in Hangfire's queue, with nothing left to do after it that a crash could skip.
/// </summary>
public sealed class SubmitWithItsRunTests : IAsyncLifetime
{
    /// <summary>What a new account is given (Credits__StarterGrant's default).</summary>
    private const long StarterGrant = 50;

    private readonly Faults faults = new();
    private CreoServices? app;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CreoServices App => app!;

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(
        DatabaseProvider.Postgres,
        settings => settings.WithPostgresJobs(),
        services =>
        {
            // The real scheduler, wrapped so a test can make the command fail right after the enqueue, or make every
            // enqueue after a commit fail (as if the process died between the commit and Hangfire's client).
            var real = services.Single(d => d.ServiceType == typeof(IJobScheduler));
            services.Remove(real);
            services.AddSingleton(faults);
            services.AddScoped<IJobScheduler>(sp => new FaultyScheduler((IJobScheduler)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), faults));
        });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_failure_after_the_enqueue_and_before_the_commit_leaves_no_generation_no_hold_and_no_job()
    {
        var user = await FundedUserAsync();
        faults.FailAfterEnqueueWithCommand = true;

        await Assert.ThrowsAsync<InjectedFailure>(() => SubmitAsync(user));

        Assert.Equal(StarterGrant, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
        await using var db = App.Database.CreateContext();
        Assert.Equal(0, await db.Generations.CountAsync(g => g.UserId == user, Cancel));
        Assert.Equal(0, await db.CreditEntries.CountAsync(e => e.UserId == user && e.Kind == CreditEntryKind.Hold, Cancel));
        Assert.Empty(EnqueuedRuns());
    }

    [Fact]
    public async Task The_run_is_in_the_queue_when_the_commit_returns_with_nothing_left_to_enqueue_after_it()
    {
        var user = await FundedUserAsync();
        faults.FailEveryEnqueueAfterCommit = true;

        var submitted = await SubmitAsync(user);

        Assert.Equal(StarterGrant - submitted.CreditCost, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
        Assert.Equal([submitted.Id], EnqueuedRuns());
    }

    [Fact]
    public async Task A_refusal_answers_402_and_writes_no_generation_no_hold_and_no_job()
    {
        var user = await FundedUserAsync();
        var cost = (await SubmitAsync(user)).CreditCost;
        var affordable = (int)(StarterGrant / cost);
        for (var i = 1; i < affordable; i++)
        {
            await SubmitAsync(user);
        }

        await Assert.ThrowsAsync<PaymentRequiredException>(() => SubmitAsync(user));

        Assert.Equal(StarterGrant - (affordable * cost), await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
        await using var db = App.Database.CreateContext();
        Assert.Equal(affordable, await db.Generations.CountAsync(g => g.UserId == user, Cancel));
        Assert.Equal(affordable, await db.CreditEntries.CountAsync(e => e.UserId == user && e.Kind == CreditEntryKind.Hold, Cancel));
        Assert.Equal(affordable, EnqueuedRuns().Count);
    }

    private async Task<Guid> FundedUserAsync()
    {
        var user = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        return user;
    }

    private Task<SubmittedGenerationDto> SubmitAsync(Guid user) =>
        App.SendAsync(new SubmitGenerationCommand(user, "local-sketch", "a lighthouse at dusk", 512, 512, null, 7, null, null), Cancel);

    /// <summary>The generations whose run Hangfire itself lists as enqueued (no job server runs in these tests).</summary>
    private List<Guid> EnqueuedRuns() =>
    [
        .. App.Provider.GetRequiredService<JobStorage>().GetMonitoringApi()
            .EnqueuedJobs(EnqueuedState.DefaultQueue, 0, 10_000)
            .Select(j => j.Value.Job?.Args[0])
            .OfType<RunGenerationJob>()
            .Select(run => run.GenerationId),
    ];

    private sealed class Faults
    {
        public bool FailAfterEnqueueWithCommand { get; set; }

        public bool FailEveryEnqueueAfterCommit { get; set; }
    }

    private sealed class InjectedFailure() : Exception("Injected by the test.");

    private sealed class FaultyScheduler(IJobScheduler real, Faults faults) : IJobScheduler
    {
        public string Enqueue<TJob>(TJob job)
            where TJob : IJob =>
            faults.FailEveryEnqueueAfterCommit ? throw new InjectedFailure() : real.Enqueue(job);

        public async Task EnqueueWithCommandAsync<TJob>(TJob job, CancellationToken cancellationToken)
            where TJob : IJob
        {
            // Through the real one; then, if asked, the command fails before its commit, as a crash there would.
            await real.EnqueueWithCommandAsync(job, cancellationToken);
            if (faults.FailAfterEnqueueWithCommand)
            {
                throw new InjectedFailure();
            }
        }

        public string Schedule<TJob>(TJob job, DateTimeOffset runAt)
            where TJob : IJob =>
            real.Schedule(job, runAt);

        public void AddOrUpdateRecurring<TJob>(string name, TJob job, string cron)
            where TJob : IJob =>
            real.AddOrUpdateRecurring(name, job, cron);
    }
}
