using Creo.Application.Common.Errors;
using Creo.Application.Credits.AdjustCredits;
using Creo.Application.Credits.CaptureCreditHold;
using Creo.Application.Credits.GetCreditHistory;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Application.Credits.ReleaseCreditHold;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;

namespace Creo.Application.Tests.Credits;

/// <summary>
/// The credits history a person reads: a generation's hold and its settlement are one row with the final amount and
/// a state, every other entry is a row of its own, and each row carries the balance after it — across pages too.
/// </summary>
public abstract class CreditHistoryTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_generation_is_one_row_with_its_final_amount_and_state_and_every_row_its_balance_after()
    {
        var (user, generations) = await StoryAsync();

        var history = await App.SendAsync(new GetCreditHistoryQuery(user, null, null), Cancel);

        Assert.Equal(44, history.Balance);
        Assert.Null(history.NextCursor);
        Assert.Equal(
            [
                ("adjustment", null, 7L, 44L, null),
                ("hold", "in-progress", -3L, 37L, generations[2]),
                ("hold", "returned", 0L, 40L, generations[1]),
                ("hold", "charged", -10L, 40L, generations[0]),
                ("starter-grant", null, 50L, 50L, (Guid?)null),
            ],
            history.Rows.Select(r => (r.Kind, r.State, r.Amount, r.BalanceAfter, r.GenerationId)));
        Assert.NotNull(history.Rows[3].SettledAt);
        Assert.Null(history.Rows[1].SettledAt);
    }

    [Fact]
    public async Task Pages_join_up_without_gaps_or_repeats_and_carry_the_running_balance_on()
    {
        var (user, _) = await StoryAsync();
        var whole = await App.SendAsync(new GetCreditHistoryQuery(user, null, null), Cancel);

        var paged = new List<CreditHistoryRowDto>();
        string? cursor = null;
        do
        {
            var page = await App.SendAsync(new GetCreditHistoryQuery(user, 2, cursor), Cancel);
            Assert.True(page.Rows.Count <= 2);
            paged.AddRange(page.Rows);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(whole.Rows, paged);

        // A settlement that lands after the first page was read changes no older row's balance: the next page still joins up.
        var first = await App.SendAsync(new GetCreditHistoryQuery(user, 2, null), Cancel);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await App.SendAsync(new ReleaseCreditHoldCommand(CreditSourceKeys.GenerationHold(first.Rows[1].GenerationId!.Value), "Canceled"), Cancel);
        var second = await App.SendAsync(new GetCreditHistoryQuery(user, 2, first.NextCursor), Cancel);
        Assert.Equal(whole.Rows.Skip(2).Take(2), second.Rows);
    }

    [Fact]
    public async Task A_cursor_this_query_did_not_hand_out_is_refused()
    {
        var (user, _) = await StoryAsync();

        foreach (var forged in new[] { "not-a-cursor", Guid.NewGuid().ToString("N"), $"{Guid.NewGuid():N}.lots" })
        {
            var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => App.SendAsync(new GetCreditHistoryQuery(user, 2, forged), Cancel));
            Assert.Equal("cursor-invalid", refusal.Code);
        }
    }

    [Fact]
    public async Task Another_persons_ledger_never_shows()
    {
        var (user, _) = await StoryAsync();
        var other = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(other), Cancel);

        var history = await App.SendAsync(new GetCreditHistoryQuery(other, null, null), Cancel);

        Assert.Equal(("starter-grant", 50L, 50L), (Assert.Single(history.Rows).Kind, history.Rows[0].Amount, history.Rows[0].BalanceAfter));
        Assert.NotEqual(user, other);
    }

    /// <summary>Starter 50; a generation charged 10; one returned 5; one still running 3; support adds 7. Balance 44.</summary>
    private async Task<(Guid User, Guid[] Generations)> StoryAsync()
    {
        var user = Guid.CreateVersion7();
        Guid[] generations = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        await StepAsync(Hold(user, generations[0], 10));
        await StepAsync(Hold(user, generations[1], 5));
        await StepAsync(new CaptureCreditHoldCommand(CreditSourceKeys.GenerationHold(generations[0])));
        await StepAsync(new ReleaseCreditHoldCommand(CreditSourceKeys.GenerationHold(generations[1]), "The model failed"));
        await StepAsync(Hold(user, generations[2], 3));
        await StepAsync(new AdjustCreditsCommand(user, 7, "Sorry about the outage", $"test:{user:N}"));
        return (user, generations);
    }

    /// <summary>A second apart, so the ledger's time-ordered ids put the steps in the order they were taken.</summary>
    private async Task StepAsync<T>(Mediator.ICommand<T> command)
    {
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await App.SendAsync(command, Cancel);
    }

    private static PlaceCreditHoldCommand Hold(Guid user, Guid generation, long amount) =>
        new(user, amount, CreditSourceKeys.GenerationHold(generation), generation, "Held for a Local preview — painterly generation");
}

public sealed class SqliteCreditHistoryTests() : CreditHistoryTests(DatabaseProvider.Sqlite);

public sealed class PostgresCreditHistoryTests() : CreditHistoryTests(DatabaseProvider.Postgres);
