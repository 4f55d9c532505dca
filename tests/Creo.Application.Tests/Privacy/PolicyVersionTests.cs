using Creo.Application.Privacy.EnsureSeedPolicy;
using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Domain.Common;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Infrastructure.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Privacy;

public abstract class PolicyVersionTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_up_stores_the_shipped_policy_as_version_1()
    {
        var current = await SendAsync(new GetCurrentPolicyQuery());

        Assert.Equal(1, current.Version);
        Assert.Equal(SeedPolicy.ReadText(), current.Text);
        Assert.False(current.Material);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), current.EffectiveAt);
    }

    [Fact]
    public async Task Starting_again_does_not_store_the_seed_twice()
    {
        await App.Provider.InitializeCreoDatabaseAsync(Cancel);
        var published = await SendAsync(new EnsureSeedPolicyCommand(App.Clock.GetUtcNow(), "another text"));

        Assert.False(published);
        await using var db = App.Database.CreateContext();
        Assert.Equal(1, await db.PolicyVersions.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_version_takes_over_when_its_effective_date_comes()
    {
        var effective = App.Clock.GetUtcNow().AddDays(30);
        await SendAsync(new PublishPolicyVersionCommand(2, effective, true, "02 Changes"));

        Assert.Equal(1, (await SendAsync(new GetCurrentPolicyQuery())).Version);

        App.Clock.Advance(TimeSpan.FromDays(30));
        var current = await SendAsync(new GetCurrentPolicyQuery());
        Assert.Equal(2, current.Version);
        Assert.True(current.Material);
        Assert.Equal(effective, current.EffectiveAt);
    }

    [Fact]
    public async Task A_version_that_is_not_newer_is_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => SendAsync(new PublishPolicyVersionCommand(1, App.Clock.GetUtcNow(), false, "again")));

        Assert.Equal("policy-version-exists", error.Code);
    }

    private Task<T> SendAsync<T>(ICommand<T> command) => App.SendAsync(command, Cancel);

    private Task<T> SendAsync<T>(IQuery<T> query) => App.SendAsync(query, Cancel);
}

public sealed class SqlitePolicyVersionTests() : PolicyVersionTests(DatabaseProvider.Sqlite);

public sealed class PostgresPolicyVersionTests() : PolicyVersionTests(DatabaseProvider.Postgres);
