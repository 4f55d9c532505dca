using Creo.Application.Common.Ports;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Domain.Credits;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Creo.Infrastructure.Tests.Persistence;

/// <summary>
/// On PostgreSQL a command's credit hold travels with its COMMIT (StatementsWithCommit): the account row the ledger
/// trigger locks is not locked while the command is still running, so one person's concurrent submissions wait on it
/// for a commit only. And since database contexts are pooled, nothing a scope left queued reaches the next one.
/// </summary>
public sealed class CommitRoundTripTests : IAsyncLifetime
{
    /// <summary>What a new account is given (Credits__StarterGrant's default).</summary>
    private const long StarterGrant = 50;

    private CreoServices? app;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CreoServices App => app!;

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(DatabaseProvider.Postgres, settings => settings.WithPostgresJobs());

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_placed_hold_leaves_the_account_row_unlocked_until_the_commit_and_holds_once_it_is_sent()
    {
        var user = await FundedUserAsync();
        await using (var scope = App.Provider.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(Cancel);
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PlaceCreditHoldCommand(user, 5, "hold:test:1", null, "Held for a test"), Cancel);

            // Sent at once, the hold would have locked the row through the ledger trigger until this transaction ends.
            Assert.True(await CanLockAccountRowAsync(user), "the account row was locked before the commit");

            await transaction.CommitAsync(Cancel);
            unitOfWork.Committed();
        }

        Assert.Equal(StarterGrant - 5, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    [Fact]
    public async Task A_pooled_context_forgets_the_after_commit_actions_and_statements_of_a_scope_that_ended_without_committing()
    {
        var user = await FundedUserAsync();
        var ranLeftOver = false;
        CreoDbContext abandoned;
        await using (var scope = App.Provider.CreateAsyncScope())
        {
            abandoned = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(Cancel);
            unitOfWork.AfterCommit(() => ranLeftOver = true);
            scope.ServiceProvider.GetRequiredService<IHoldAtCommit>().Place(
                CreditEntry.Hold(user, 7, "hold:test:abandoned", null, "Held for a test", App.Clock.GetUtcNow()), _ => new InvalidOperationException());

            // The request failed here: no commit, no rollback call; its scope simply ends.
        }

        // Rent contexts, all at once so the pool hands out distinct ones, until the abandoned one comes back.
        var scopes = new List<AsyncServiceScope>();
        try
        {
            IServiceProvider? reused = null;
            for (var i = 0; i < 64 && reused is null; i++)
            {
                var scope = App.Provider.CreateAsyncScope();
                scopes.Add(scope);
                if (ReferenceEquals(scope.ServiceProvider.GetRequiredService<CreoDbContext>(), abandoned))
                {
                    reused = scope.ServiceProvider;
                }
            }

            Assert.NotNull(reused);
            var unitOfWork = reused.GetRequiredService<IUnitOfWork>();
            await using (var transaction = await unitOfWork.BeginTransactionAsync(Cancel))
            {
                await transaction.CommitAsync(Cancel);
            }

            unitOfWork.Committed();
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }

        Assert.False(ranLeftOver, "an after-commit action of an ended scope ran in the next one");
        Assert.Equal(StarterGrant, await App.SendAsync(new GetCreditBalanceQuery(user), Cancel));
    }

    private async Task<bool> CanLockAccountRowAsync(Guid user)
    {
        await using var connection = new NpgsqlConnection(App.Database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var transaction = await connection.BeginTransactionAsync(Cancel);
        await using var command = new NpgsqlCommand("SELECT 1 FROM credits.credit_accounts WHERE user_id = $1 FOR UPDATE NOWAIT", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        try
        {
            return await command.ExecuteScalarAsync(Cancel) is not null;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }

    private async Task<Guid> FundedUserAsync()
    {
        var user = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        return user;
    }
}
