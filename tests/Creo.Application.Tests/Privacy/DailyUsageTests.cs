using Creo.Application.Privacy.BuildDailyUsage;
using Creo.Application.Privacy.UpdateConsents;
using Creo.Domain.Billing;
using Creo.Domain.Generations;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// Usage analytics are anonymised daily aggregates built only from consenting accounts (policy sections 03 and 08):
/// a generation counts when its author's analytics consent was in force at the time it was submitted.
/// </summary>
public abstract class DailyUsageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    private CreoServices? app;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(provider, settings =>
    {
        settings["Billing:Plans:0:Id"] = "creator";
        settings["Billing:Plans:0:Name"] = "Creator";
        settings["Billing:Plans:0:Tier"] = "creator";
        settings["Billing:Plans:0:MonthlyCredits"] = "100";
        settings["Billing:Plans:0:PriceId"] = "price_creator";
        settings["Billing:Plans:0:Amount"] = "1000";
    });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_job_counts_only_generations_made_while_their_authors_consent_was_in_force_split_by_model_and_tier()
    {
        var (ada, bea, cy, dan, eve) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await SubscribeAsync(dan, "creator");

        // 12:00 ada, cy and dan allow analytics; 13:00 cy withdraws; 15:00 bea allows it. Eve never does.
        await ConsentAsync(ada, true);
        await ConsentAsync(cy, true);
        await ConsentAsync(dan, true);
        App.Clock.Advance(TimeSpan.FromHours(1));
        await ConsentAsync(cy, false);
        App.Clock.Advance(TimeSpan.FromHours(2));
        await ConsentAsync(bea, true);

        await GenerationsAsync(
            Succeeded(ada, "local-sketch", 2, At(12, 30)),
            Failed(ada, "local-sketch", 2, At(12, 40)),
            Succeeded(ada, "local-mosaic", 3, At(12, 50)),
            Canceled(ada, "local-sketch", 2, At(12, 55)),
            Queued(ada, "local-sketch", 2, At(12, 56)),
            Succeeded(ada, "local-sketch", 2, At(11, 0).AddDays(-1)),
            Succeeded(dan, "local-sketch", 2, At(12, 30)),
            Succeeded(cy, "local-sketch", 2, At(12, 30)),
            Succeeded(cy, "local-sketch", 2, At(14, 0)),
            Succeeded(bea, "local-sketch", 2, At(14, 0)),
            Succeeded(bea, "local-sketch", 2, At(16, 0)),
            Succeeded(eve, "local-sketch", 2, At(12, 30)),
            Succeeded(eve, "local-mosaic", 3, At(16, 0)));

        // The next night: the job rebuilds yesterday (the 24th) and today.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 47, 0, TimeSpan.Zero));
        await App.RunJobAsync(new BuildDailyUsageJob(), Cancel);

        (DateOnly, string, string, int, int, long)[] expected =
        [
            // ada 12:30 and 12:40 (failed), cy 12:30 (before withdrawing), bea 16:00 (after allowing).
            (Day, "local-mosaic", "free", 1, 0, 3),
            (Day, "local-sketch", "creator", 1, 0, 2),
            (Day, "local-sketch", "free", 3, 1, 6),
        ];
        Assert.Equal(expected, await RowsAsync());
    }

    [Fact]
    public async Task Building_a_day_again_gives_the_same_rows_and_follows_what_changed_since()
    {
        var person = Guid.CreateVersion7();
        await ConsentAsync(person, true);
        await GenerationsAsync(Succeeded(person, "local-sketch", 2, At(12, 30)), Failed(person, "local-sketch", 2, At(12, 31)));
        var running = Running(person, "local-sketch", 2, At(12, 32));
        await GenerationsAsync(running);

        await App.RunJobAsync(new BuildDailyUsageJob(), Cancel);
        var first = await RowsAsync();
        await App.RunJobAsync(new BuildDailyUsageJob(), Cancel);
        await App.SendAsync(new BuildDailyUsageCommand(Day), Cancel);

        (DateOnly, string, string, int, int, long)[] once = [(Day, "local-sketch", "free", 1, 1, 2)];
        Assert.Equal(once, first);
        Assert.Equal(first, await RowsAsync());

        // The running generation ends; the next build counts it, still once.
        await using (var db = App.Database.CreateContext())
        {
            var generation = await db.Generations.SingleAsync(g => g.Id == running.Id, Cancel);
            generation.Succeed([new StoredOutput($"{generation.StoragePrefix}0.png", "image/png", 100)], At(12, 40));
            await db.SaveChangesAsync(Cancel);
        }

        await App.RunJobAsync(new BuildDailyUsageJob(), Cancel);
        await App.RunJobAsync(new BuildDailyUsageJob(), Cancel);
        (DateOnly, string, string, int, int, long)[] afterItEnded = [(Day, "local-sketch", "free", 2, 1, 4)];
        Assert.Equal(afterItEnded, await RowsAsync());
    }

    [Fact]
    public async Task The_aggregate_tables_have_no_column_that_could_hold_an_account_id()
    {
        string[] personal = ["user", "account", "person", "email", "ip", "agent", "session", "device", "fingerprint", "customer", "owner"];
        await using var db = App.Database.CreateContext();

        foreach (var entity in new[] { typeof(DailyUsage), typeof(DailyPageViews) }.Select(type => db.Model.FindEntityType(type)!))
        {
            Assert.Empty(entity.GetForeignKeys());
            Assert.Empty(entity.GetNavigations());
            foreach (var property in entity.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                var words = property.GetColumnName().Split('_');
                Assert.True(type != typeof(Guid), $"{entity.GetTableName()}.{property.GetColumnName()} could hold an id");
                Assert.True(!words.Intersect(personal).Any(), $"{entity.GetTableName()}.{property.GetColumnName()} is named for a person");

                // What text they hold comes from fixed lists (pages, models, tiers), and is short.
                Assert.True(type != typeof(string) || property.GetMaxLength() is <= 100, $"{entity.GetTableName()}.{property.GetColumnName()} is free text");
            }
        }
    }

    private static DateTimeOffset At(int hour, int minute) => new(Day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    private Task ConsentAsync(Guid user, bool analytics) =>
        App.SendAsync(new UpdateConsentsCommand(user, analytics, false, "privacy-center", false), Cancel);

    private async Task SubscribeAsync(Guid user, string planId)
    {
        var now = App.Clock.GetUtcNow();
        var subscription = Subscription.Start(Guid.CreateVersion7(), user, $"sub_{user:N}", now);
        subscription.Apply(planId, SubscriptionStatus.Active, now, now.AddMonths(1), false, now, now);
        await using var db = App.Database.CreateContext();
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(Cancel);
    }

    private async Task GenerationsAsync(params Generation[] generations)
    {
        await using var db = App.Database.CreateContext();
        db.Generations.AddRange(generations);
        await db.SaveChangesAsync(Cancel);
    }

    private static Generation Queued(Guid user, string model, long cost, DateTimeOffset at) =>
        Generation.Submit(
            new GenerationRequest(Guid.CreateVersion7(at), user, model, "v1", "local", MediaKind.Image, "a lighthouse at dusk", 256, 256, null, 7, null, cost, null, null),
            at);

    private static Generation Running(Guid user, string model, long cost, DateTimeOffset at)
    {
        var generation = Queued(user, model, cost, at);
        generation.TryClaim(at, TimeSpan.FromMinutes(2));
        return generation;
    }

    private static Generation Succeeded(Guid user, string model, long cost, DateTimeOffset at)
    {
        var generation = Running(user, model, cost, at);
        generation.Succeed([new StoredOutput($"{generation.StoragePrefix}0.png", "image/png", 100)], at.AddMinutes(1));
        return generation;
    }

    private static Generation Failed(Guid user, string model, long cost, DateTimeOffset at)
    {
        var generation = Running(user, model, cost, at);
        generation.Fail("The model failed.", at.AddMinutes(1));
        return generation;
    }

    private static Generation Canceled(Guid user, string model, long cost, DateTimeOffset at)
    {
        var generation = Queued(user, model, cost, at);
        generation.Cancel(at.AddMinutes(1));
        return generation;
    }

    private async Task<List<(DateOnly, string, string, int, int, long)>> RowsAsync()
    {
        await using var db = App.Database.CreateContext();
        var rows = await db.DailyUsage.AsNoTracking().ToListAsync(Cancel);
        return [.. rows
            .OrderBy(r => r.Day).ThenBy(r => r.ModelId, StringComparer.Ordinal).ThenBy(r => r.Tier, StringComparer.Ordinal)
            .Select(r => (r.Day, r.ModelId, r.Tier, r.GenerationsSucceeded, r.GenerationsFailed, r.CreditsSpent))];
    }
}

public sealed class SqliteDailyUsageTests() : DailyUsageTests(DatabaseProvider.Sqlite);

public sealed class PostgresDailyUsageTests() : DailyUsageTests(DatabaseProvider.Postgres);
