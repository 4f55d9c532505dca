using Creo.Application.Common.Errors;
using Creo.Application.Common.Ports;
using Creo.Application.Credits;
using Creo.Application.Credits.CaptureCreditHold;
using Creo.Application.Credits.EraseCredits;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GetCredits;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Application.Credits.ReleaseCreditHold;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Credits;

public abstract class CreditLedgerTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_starter_grant_is_given_once_however_often_it_is_asked_for()
    {
        var user = Guid.CreateVersion7();

        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);

        var credits = await App.SendAsync(new GetCreditsQuery(user, null, null), Cancel);
        Assert.Equal(50, credits.Balance);
        var grant = Assert.Single(credits.Entries);
        Assert.Equal(("starter-grant", 50L), (grant.Kind, grant.Amount));
    }

    [Fact]
    public async Task A_hold_larger_than_the_balance_is_refused_with_402_and_writes_nothing()
    {
        var user = await FundedUserAsync();

        var refusal = await Assert.ThrowsAsync<PaymentRequiredException>(() => App.SendAsync(Hold(user, 51, "too-much"), Cancel));

        Assert.Equal("insufficient-credits", refusal.Code);
        var credits = await App.SendAsync(new GetCreditsQuery(user, null, null), Cancel);
        Assert.Equal(50, credits.Balance);
        Assert.Single(credits.Entries);
    }

    [Fact]
    public async Task A_hold_for_a_person_without_an_account_is_refused_with_402()
    {
        await Assert.ThrowsAsync<PaymentRequiredException>(() => App.SendAsync(Hold(Guid.CreateVersion7(), 1, "nobody"), Cancel));
    }

    [Fact]
    public async Task The_same_hold_key_holds_once()
    {
        var user = await FundedUserAsync();

        await App.SendAsync(Hold(user, 10, "g1"), Cancel);
        await App.SendAsync(Hold(user, 10, "g1"), Cancel);

        Assert.Equal(40, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task A_captured_hold_cannot_also_be_released()
    {
        var user = await FundedUserAsync();
        await App.SendAsync(Hold(user, 10, "g1"), Cancel);

        Assert.True(await App.SendAsync(new CaptureCreditHoldCommand("g1"), Cancel));
        Assert.False(await App.SendAsync(new CaptureCreditHoldCommand("g1"), Cancel));
        Assert.False(await App.SendAsync(new ReleaseCreditHoldCommand("g1", "late"), Cancel));

        Assert.Equal(40, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task A_released_hold_gives_the_credits_back_once_and_cannot_be_captured()
    {
        var user = await FundedUserAsync();
        await App.SendAsync(Hold(user, 10, "g1"), Cancel);

        Assert.True(await App.SendAsync(new ReleaseCreditHoldCommand("g1", "failed"), Cancel));
        Assert.False(await App.SendAsync(new ReleaseCreditHoldCommand("g1", "failed again"), Cancel));
        Assert.False(await App.SendAsync(new CaptureCreditHoldCommand("g1"), Cancel));

        Assert.Equal(50, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task The_balance_is_always_the_sum_of_the_ledger()
    {
        var user = await FundedUserAsync();
        await App.SendAsync(Hold(user, 7, "a"), Cancel);
        await App.SendAsync(Hold(user, 9, "b"), Cancel);
        await App.SendAsync(new CaptureCreditHoldCommand("a"), Cancel);
        await App.SendAsync(new ReleaseCreditHoldCommand("b", "failed"), Cancel);

        await using var db = App.Database.CreateContext();
        var sum = await db.CreditEntries.Where(e => e.UserId == user).SumAsync(e => e.Amount, Cancel);
        var balance = await db.CreditAccounts.Where(a => a.UserId == user).Select(a => a.Balance).SingleAsync(Cancel);
        Assert.Equal((43L, 43L), (sum, balance));
    }

    [Fact]
    public async Task The_database_itself_refuses_an_entry_that_would_overdraw_the_account()
    {
        var user = await FundedUserAsync();

        // Straight to the database, past every check of the application.
        await using var db = App.Database.CreateContext();
        db.CreditEntries.Add(CreditEntry.Hold(user, 51, "raw", null, "bypass", App.Clock.GetUtcNow()));
        var refusal = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        await using var scope = App.Provider.CreateAsyncScope();
        var errors = scope.ServiceProvider.GetRequiredService<IDatabaseErrors>();
        Assert.True(errors.IsViolationOf(refusal, CreditConstraints.NonNegativeBalance));
        Assert.False(errors.IsUniqueViolation(refusal));
    }

    [Fact]
    public async Task The_database_refuses_a_second_entry_from_the_same_source()
    {
        var user = await FundedUserAsync();

        await using var db = App.Database.CreateContext();
        db.CreditEntries.Add(CreditEntry.Grant(user, CreditEntryKind.Purchase, 5, "again", CreditSourceKeys.StarterGrantOf(user), App.Clock.GetUtcNow()));
        var refusal = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        await using var scope = App.Provider.CreateAsyncScope();
        var errors = scope.ServiceProvider.GetRequiredService<IDatabaseErrors>();
        Assert.True(errors.IsViolationOf(refusal, CreditConstraints.UniqueSourceKey));
        Assert.True(errors.IsUniqueViolation(refusal));
    }

    [Fact]
    public async Task Ledger_entries_cannot_be_changed_once_written()
    {
        var user = await FundedUserAsync();

        await using var db = App.Database.CreateContext();
        // The database's own refusal, by the trigger's words (PostgreSQL's RAISE EXCEPTION, SQLite's RAISE(ABORT)):
        // not any failure, which a typo in the update would also give.
        var refusal = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.CreditEntries.Where(e => e.UserId == user).ExecuteUpdateAsync(s => s.SetProperty(e => e.Amount, 5000L), Cancel));
        Assert.Contains("credit entries are append-only", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(50, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task Concurrent_holds_never_take_the_balance_below_zero()
    {
        var user = await FundedUserAsync();

        // 30 holds of 5 against 50 credits: whatever the interleaving, exactly 10 fit.
        var attempts = Enumerable.Range(0, 30).Select(async i =>
        {
            try
            {
                await App.SendAsync(Hold(user, 5, $"race-{i}"), Cancel);
                return true;
            }
            catch (PaymentRequiredException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Equal(10, results.Count(placed => placed));
        Assert.Equal(0, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task The_ledger_pages_newest_first_without_gaps_or_repeats()
    {
        var user = await FundedUserAsync();
        for (var i = 0; i < 7; i++)
        {
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            await App.SendAsync(Hold(user, 1, $"p{i}"), Cancel);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await App.SendAsync(new GetCreditsQuery(user, 3, cursor), Cancel);
            seen.AddRange(page.Entries.Select(e => e.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        await using var db = App.Database.CreateContext();
        var expected = (await db.CreditEntries.Where(e => e.UserId == user).ToListAsync(Cancel)).OrderByDescending(e => e.CreatedAt).Select(e => e.Id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Erasing_credits_removes_the_account_and_its_whole_ledger_and_nobody_elses()
    {
        var user = await FundedUserAsync();
        var other = await FundedUserAsync();
        await App.SendAsync(Hold(user, 5, "erase-me"), Cancel);

        var erased = await App.SendAsync(new EraseCreditsCommand(user), Cancel);

        Assert.Equal(2, erased);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.CreditEntries.AnyAsync(e => e.UserId == user, Cancel));
        Assert.False(await db.CreditAccounts.AnyAsync(a => a.UserId == user, Cancel));
        Assert.Equal(50, await App.SendAsync(new GetCreditBalanceQuery(other), Cancel));
    }

    private async Task<Guid> FundedUserAsync()
    {
        var user = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        return user;
    }

    private static PlaceCreditHoldCommand Hold(Guid user, long amount, string key) => new(user, amount, key, null, "Held for a test");
}

public sealed class SqliteCreditLedgerTests() : CreditLedgerTests(DatabaseProvider.Sqlite);

public sealed class PostgresCreditLedgerTests() : CreditLedgerTests(DatabaseProvider.Postgres);
