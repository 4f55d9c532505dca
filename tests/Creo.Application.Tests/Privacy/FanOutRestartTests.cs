using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy.AnnouncePolicyChange;
using Creo.Application.Privacy.MailBreachNotice;
using Creo.Application.Privacy.MailPolicyChangeNotice;
using Creo.Application.Privacy.NotifyBreach;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Application.Privacy.RecordBreach;
using Creo.Application.Tests.Generations;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// The fan-out jobs (a material policy change, a breach told to everyone) at a size that spans batches: the relay goes
/// away part-way through a batch, or the job is stopped (a server shutting down) right after the relay accepted a mail
/// and before its record, or the relay refuses some recipients; the job runs again, and the relay holds every address
/// exactly once. Real PostgreSQL and a real SMTP relay (the stand-in speaking the protocol), mail failing in the sender
/// as a dropped connection would.
/// </summary>
public sealed class FanOutRestartTests : IAsyncLifetime
{
    private const int Accounts = 300;

    /// <summary>In the middle of the third batch (batches are 100), so both finished batches and a half one are crossed.</summary>
    private const int FailOnSend = 250;

    /// <summary>The send after which the job is stopped, also mid-batch.</summary>
    private const int StopOnSend = 150;

    private readonly SmtpRelayStandIn relay = SmtpRelayStandIn.Start();
    private CreoServices? app;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(
        DatabaseProvider.Postgres,
        configure: settings =>
        {
            foreach (var (key, value) in relay.Settings())
            {
                settings[key] = value;
            }
        },
        configureServices: services =>
        {
            services.RemoveAll<IJobScheduler>();
            services.AddSingleton<IJobScheduler>(new RecordingJobScheduler());
            var original = services.Last(d => d.ServiceType == typeof(IMailSender));
            services.Remove(original);
            services.AddSingleton(sp => new FailingMailSender((IMailSender)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
            services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<FailingMailSender>());
        });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await relay.DisposeAsync();
    }

    [Fact]
    public async Task A_policy_change_announcement_killed_part_way_and_run_again_mails_every_account_exactly_once()
    {
        var people = await AccountsAsync();
        await App.SendAsync(new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow().AddDays(7), true, "02 What changed"), Cancel);
        var policy = await PolicyIdAsync(2);

        var toldBeforeTheRestart = await FailThenRunAgainAsync(() => App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel));

        Assert.Equal(FailOnSend - 1, toldBeforeTheRestart(MailPolicyChangeNoticeCommandHandler.Subject));
        AssertEachOnce(people, MailPolicyChangeNoticeCommandHandler.Subject);
        await using var db = App.Database.CreateContext();
        Assert.Equal(Accounts, await db.PolicyChangeNotices.CountAsync(n => n.PolicyVersion == 2, Cancel));
    }

    [Fact]
    public async Task A_breach_told_to_everyone_killed_part_way_and_run_again_mails_every_account_exactly_once()
    {
        var people = await AccountsAsync();
        var recorded = await App.SendAsync(
            new RecordBreachCommand(Guid.CreateVersion7(), "Our test message: the backups were exposed.", null, true, null, null, null, null, null), Cancel);

        var toldBeforeTheRestart = await FailThenRunAgainAsync(() => App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel));

        Assert.Equal(FailOnSend - 1, toldBeforeTheRestart(MailBreachNoticeCommandHandler.Subject));
        AssertEachOnce(people, MailBreachNoticeCommandHandler.Subject);
    }

    [Fact]
    public async Task A_policy_change_announcement_stopped_right_after_the_relay_accepted_a_mail_mails_nobody_twice_on_the_restart()
    {
        var people = await AccountsAsync();
        await App.SendAsync(new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow().AddDays(7), true, "02 What changed"), Cancel);
        var policy = await PolicyIdAsync(2);

        var toldBeforeTheRestart = await StopThenRunAgainAsync(token => App.RunJobAsync(new AnnouncePolicyChangeJob(policy), token));

        Assert.Equal(StopOnSend, toldBeforeTheRestart(MailPolicyChangeNoticeCommandHandler.Subject));
        AssertEachOnce(people, MailPolicyChangeNoticeCommandHandler.Subject);
    }

    [Fact]
    public async Task A_breach_told_to_everyone_stopped_right_after_the_relay_accepted_a_mail_mails_nobody_twice_on_the_restart()
    {
        var people = await AccountsAsync();
        var recorded = await App.SendAsync(
            new RecordBreachCommand(Guid.CreateVersion7(), "Our test message: the backups were exposed.", null, true, null, null, null, null, null), Cancel);

        var toldBeforeTheRestart = await StopThenRunAgainAsync(token => App.RunJobAsync(new NotifyBreachJob(recorded.Id), token));

        Assert.Equal(StopOnSend, toldBeforeTheRestart(MailBreachNoticeCommandHandler.Subject));
        AssertEachOnce(people, MailBreachNoticeCommandHandler.Subject);
    }

    [Fact]
    public async Task Recipients_the_relay_refuses_mid_batch_are_left_unrecorded_and_mailed_by_the_retry_and_nobody_else_twice()
    {
        var people = await AccountsAsync();
        await App.SendAsync(new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow().AddDays(7), true, "02 What changed"), Cancel);
        var policy = await PolicyIdAsync(2);
        string[] refused = ["person042@example.com", "person137@example.com"];
        relay.Refuse(refused[0], temporarily: true);
        relay.Refuse(refused[1]);

        var failed = await Assert.ThrowsAsync<Creo.Application.Privacy.FanOut.FanOutRefusedException>(() => App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel));
        var toldBeforeTheRetry = AllMail().Count(m => m.Subject == MailPolicyChangeNoticeCommandHandler.Subject);
        await using (var db = App.Database.CreateContext())
        {
            Assert.Equal(Accounts - 2, await db.PolicyChangeNotices.CountAsync(n => n.PolicyVersion == 2, Cancel));
        }

        Array.ForEach(refused, relay.Accept);
        await App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel);
        await App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel);

        Assert.Equal((2, Accounts - 2), (failed.Refused, toldBeforeTheRetry));
        Assert.Equal(refused, relay.Refusals.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(refused, failed.Message.Contains);
        AssertEachOnce(people, MailPolicyChangeNoticeCommandHandler.Subject);
    }

    /// <summary>Runs the job and stops it right after the relay accepted send <see cref="StopOnSend"/>, then twice more; how many were told before the restart.</summary>
    private async Task<Func<string, int>> StopThenRunAgainAsync(Func<CancellationToken, Task> run)
    {
        var mail = App.Provider.GetRequiredService<FailingMailSender>();
        mail.Reset();
        using (var shutdown = CancellationTokenSource.CreateLinkedTokenSource(Cancel))
        {
            mail.StopAfterSend(StopOnSend, shutdown);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run(shutdown.Token));
        }

        var before = AllMail();
        mail.Reset();
        await run(Cancel);
        await run(Cancel);
        return subject => before.Count(m => m.Subject == subject);
    }

    /// <summary>Runs the job with the relay failing at send <see cref="FailOnSend"/>, then twice more; how many were told before the restart.</summary>
    private async Task<Func<string, int>> FailThenRunAgainAsync(Func<Task> run)
    {
        // Resolving the sender is what builds the wrapper (no mail went out before this in these tests).
        var mail = App.Provider.GetRequiredService<FailingMailSender>();
        mail.Reset();
        mail.FailOnSend = FailOnSend;
        await Assert.ThrowsAsync<IOException>(run);
        var before = AllMail();
        mail.Reset();
        await run();
        await run();
        return subject => before.Count(m => m.Subject == subject);
    }

    private void AssertEachOnce(IReadOnlyList<string> people, string subject)
    {
        var told = AllMail().Where(m => m.Subject == subject)
            .SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(people.Count, told.Count);
        Assert.All(people, email => Assert.Equal(1, told.GetValueOrDefault(email)));
    }

    /// <summary>Every message the relay accepted.</summary>
    private List<MimeKit.MimeMessage> AllMail()
    {
        var folder = Mailbox.PickupDirectory(relay.Root);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(file => MimeKit.MimeMessage.Load(file))] : [];
    }

    private async Task<IReadOnlyList<string>> AccountsAsync()
    {
        var emails = Enumerable.Range(0, Accounts).Select(i => $"person{i:000}@example.com").ToList();
        await using var db = App.Database.CreateContext();
        db.Users.AddRange(emails.Select(email => User.Register(email, "Person", null, AuthMethod.Email, App.Clock.GetUtcNow())));
        await db.SaveChangesAsync(Cancel);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        return emails;
    }

    private async Task<Guid> PolicyIdAsync(int version)
    {
        await using var db = App.Database.CreateContext();
        return await db.PolicyVersions.Where(p => p.Version == version).Select(p => p.Id).SingleAsync(Cancel);
    }
}
