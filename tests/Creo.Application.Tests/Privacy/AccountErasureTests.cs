using Creo.Application.Billing.Payments;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Privacy.RequestAccountDeletion;
using Creo.Application.Privacy.RunAccountErasure;
using Creo.Application.Privacy.StartDueErasures;
using Creo.Application.Tests.Billing;
using Creo.Domain.Accounts;
using Creo.Domain.Billing;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

/// <summary>The erasure saga on both databases: a crash in the middle loses nothing, and the next run finishes the job.</summary>
public abstract class AccountErasureTests(DatabaseProvider provider) : BillingTestBase(provider)
{
    [Fact]
    public async Task An_erasure_interrupted_by_the_payment_provider_is_finished_by_the_next_run_and_a_third_run_does_nothing()
    {
        var (user, customer) = await PersonWithSubscriptionAsync();
        await App.SendAsync(new RequestAccountDeletionCommand(user), Cancel);
        App.Clock.Advance(TimeSpan.FromDays(15));
        await App.RunJobAsync(new StartDueErasuresJob(), Cancel);
        var run = Assert.Single(Jobs.EnqueuedOf<RunAccountErasureJob>());
        Gateway.FailNextCustomerDeletion = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => App.RunJobAsync(run, Cancel));
        await using (var db = App.Database.CreateContext())
        {
            // Rolled back with the failed step: the person's rows are all still there, and so is the deletion.
            Assert.True(await db.Subscriptions.AnyAsync(s => s.UserId == user, Cancel));
            Assert.True(await db.AccountDeletions.AnyAsync(d => d.Id == run.DeletionId && d.ErasureStartedAt != null, Cancel));
            Assert.Equal(AccountStatus.Closing, (await db.Users.SingleAsync(u => u.Id == user, Cancel)).Status);
        }

        await App.RunJobAsync(run, Cancel);
        await App.RunJobAsync(run, Cancel);

        await using (var db = App.Database.CreateContext())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == user, Cancel));
            Assert.False(await db.Subscriptions.AnyAsync(s => s.UserId == user, Cancel));
            Assert.False(await db.CreditAccounts.AnyAsync(a => a.UserId == user, Cancel));
            Assert.False(await db.AccountDeletions.AnyAsync(Cancel));
            Assert.Equal(run.DeletionId, (await db.ErasureReceipts.SingleAsync(Cancel)).Id);
        }

        Assert.Equal(["sub_1"], Gateway.CanceledSubscriptions);
        Assert.Equal([customer], Gateway.DeletedCustomers);
    }

    [Fact]
    public async Task A_deletion_not_yet_due_is_not_started()
    {
        var (user, _) = await PersonWithSubscriptionAsync();
        await App.SendAsync(new RequestAccountDeletionCommand(user), Cancel);
        App.Clock.Advance(TimeSpan.FromDays(13));

        await App.RunJobAsync(new StartDueErasuresJob(), Cancel);
        await using var db = App.Database.CreateContext();
        var deletion = await db.AccountDeletions.SingleAsync(Cancel);
        await App.RunJobAsync(new RunAccountErasureJob(deletion.Id), Cancel);

        Assert.Empty(Jobs.EnqueuedOf<RunAccountErasureJob>());
        Assert.True(await db.Users.AnyAsync(u => u.Id == user, Cancel));
        Assert.Empty(Gateway.CanceledSubscriptions);
    }

    private async Task<(Guid User, string Customer)> PersonWithSubscriptionAsync()
    {
        var person = User.Register($"erase-{Guid.NewGuid():N}@example.com", "Ada", null, AuthMethod.Email, App.Clock.GetUtcNow());
        var customer = $"cus_{person.Id:N}";
        await using (var db = App.Database.CreateContext())
        {
            db.Users.Add(person);
            db.BillingCustomers.Add(BillingCustomer.Link(person.Id, customer, App.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Cancel);
        }

        var user = person.Id;
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        var now = App.Clock.GetUtcNow();
        await DeliverAsync(Event(new SubscriptionState("sub_1", customer, CreatorPrice, SubscriptionStatus.Active, now, now.AddMonths(1), false)));
        return (user, customer);
    }
}

public sealed class SqliteAccountErasureTests() : AccountErasureTests(DatabaseProvider.Sqlite);

public sealed class PostgresAccountErasureTests() : AccountErasureTests(DatabaseProvider.Postgres);
