using Creo.Application.Accounts.PurgeExpiredSessions;
using Creo.Application.Billing.PurgeBillingRecords;
using Creo.Application.Common.Jobs;
using Creo.Domain.Accounts;
using Creo.Domain.Billing;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Common;

/// <summary>Policy section 06: what is kept only briefly goes when its time is up, and what is still needed stays.</summary>
public abstract class RetentionTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ended_sessions_old_sign_in_links_and_month_old_security_log_entries_are_removed_and_live_ones_stay()
    {
        var now = App.Clock.GetUtcNow();
        var client = new ClientInfo("203.0.113.7", "Tests/1.0", "fingerprint");
        var user = User.Register($"r-{Guid.NewGuid():N}@example.com", null, null, AuthMethod.Email, now - TimeSpan.FromDays(100));
        await using (var db = App.Database.CreateContext())
        {
            db.Users.Add(user);
            var revoked = Session.Start(user.Id, "revoked-hash", client, now - TimeSpan.FromDays(3));
            revoked.Revoke(now - TimeSpan.FromDays(2));
            db.Sessions.AddRange(Session.Start(user.Id, "expired-hash", client, now - TimeSpan.FromDays(20)), revoked, Session.Start(user.Id, "live-hash", client, now));
            db.SignInTokens.AddRange(SignInToken.Issue(user.Email, "old-link", now - TimeSpan.FromDays(2)), SignInToken.Issue(user.Email, "new-link", now));
            db.SecurityEvents.AddRange(
                SecurityEvent.Record(user.Id, SecurityEventKind.SignedIn, client, null, now - TimeSpan.FromDays(31)),
                SecurityEvent.Record(user.Id, SecurityEventKind.SignedIn, client, null, now - TimeSpan.FromDays(29)));
            await db.SaveChangesAsync(Cancel);
        }

        await RunAsync(new PurgeExpiredSessionsJob());
        await RunAsync(new PurgeExpiredSessionsJob());

        await using var after = App.Database.CreateContext();
        Assert.Equal(["live-hash"], await after.Sessions.Where(s => s.UserId == user.Id).Select(s => s.TokenHash).ToListAsync(Cancel));
        Assert.Equal(["new-link"], await after.SignInTokens.Where(t => t.Email == user.Email).Select(t => t.TokenHash).ToListAsync(Cancel));
        Assert.Equal(1, await after.SecurityEvents.CountAsync(e => e.UserId == user.Id, Cancel));
    }

    [Fact]
    public async Task Applied_payment_events_go_after_30_days_unapplied_ones_stay_and_invoices_go_after_six_years()
    {
        var now = App.Clock.GetUtcNow();
        await using (var db = App.Database.CreateContext())
        {
            var old = PaymentEventRecord.Receive("evt_old", "invoice.paid", now - TimeSpan.FromDays(40), "{}", now - TimeSpan.FromDays(40));
            old.MarkApplied(now - TimeSpan.FromDays(40));
            var recent = PaymentEventRecord.Receive("evt_recent", "invoice.paid", now - TimeSpan.FromDays(5), "{}", now - TimeSpan.FromDays(5));
            recent.MarkApplied(now - TimeSpan.FromDays(5));
            db.PaymentEvents.AddRange(old, recent, PaymentEventRecord.Receive("evt_stuck", "invoice.paid", now - TimeSpan.FromDays(40), "{}", now - TimeSpan.FromDays(40)));
            db.Invoices.AddRange(
                Invoice.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), "in_ancient", now - TimeSpan.FromDays(6 * 366 + 10)),
                Invoice.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), "in_recent", now - TimeSpan.FromDays(5 * 365)));
            await db.SaveChangesAsync(Cancel);
        }

        await RunAsync(new PurgeBillingRecordsJob());

        await using var after = App.Database.CreateContext();
        Assert.Equal(["evt_recent", "evt_stuck"], await after.PaymentEvents.Select(e => e.EventId).OrderBy(id => id).ToListAsync(Cancel));
        Assert.Equal(["in_recent"], await after.Invoices.Select(i => i.ProviderInvoiceId).ToListAsync(Cancel));
    }

    private Task RunAsync<TJob>(TJob job)
        where TJob : IJob =>
        App.RunJobAsync(job, Cancel);
}

public sealed class SqliteRetentionTests() : RetentionTests(DatabaseProvider.Sqlite);

public sealed class PostgresRetentionTests() : RetentionTests(DatabaseProvider.Postgres);
