using Creo.Application.Accounts;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy.DismissBreachNotice;
using Creo.Application.Privacy.ErasePrivacyRecords;
using Creo.Application.Privacy.GetBreachNotice;
using Creo.Application.Privacy.MailBreachNotice;
using Creo.Application.Privacy.NotifyBreach;
using Creo.Application.Privacy.PickBreachRecipients;
using Creo.Application.Privacy.RecordBreach;
using Creo.Application.Tests.Generations;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Application.Tests.Privacy;

/// <summary>Policy section 05: "If a breach occurs, we will notify affected users without undue delay" — each of them once.</summary>
public abstract class BreachNoticeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Subject = MailBreachNoticeCommandHandler.Subject;
    private static readonly ClientInfo Laptop = new("203.0.113.7", "Laptop browser", "fingerprint-laptop");
    private static readonly Guid Staff = Guid.CreateVersion7();
    private CreoServices? app;
    private FailingMailSender? mail;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    private RecordingJobScheduler Jobs { get; } = new();

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(provider, configureServices: services =>
    {
        services.RemoveAll<IJobScheduler>();
        services.AddSingleton<IJobScheduler>(Jobs);
        var original = services.Last(d => d.ServiceType == typeof(IMailSender));
        services.Remove(original);
        services.AddSingleton(sp => mail = new FailingMailSender((IMailSender)(original.ImplementationInstance
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
    }

    [Fact]
    public async Task Named_people_are_told_once_each_and_nobody_else()
    {
        var ada = await PersonAsync("ada@example.com");
        var grace = await PersonAsync("grace@example.com");
        await PersonAsync("linus@example.com");

        var recorded = await RecordAsync(userIds: [ada, grace, ada]);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);

        Assert.Equal(2, recorded.Notifying);
        Assert.Equal<IJob>(NotifyBreachJob(recorded.Id), Assert.Single(Jobs.Enqueued));
        Assert.Single(Told("ada@example.com"));
        Assert.Single(Told("grace@example.com"));
        Assert.Empty(Told("linus@example.com"));
        var mailText = Told("ada@example.com")[0].TextBody;
        Assert.Contains("Our test message: the backups were exposed.", mailText, StringComparison.Ordinal);
        Assert.Contains("virtuatechmedia@gmail.com", mailText, StringComparison.Ordinal);
        await using var db = App.Database.CreateContext();
        Assert.Equal(2, await db.BreachNotifications.CountAsync(n => n.BreachId == recorded.Id && n.MailedAt != null, Cancel));
    }

    [Fact]
    public async Task All_tells_every_active_account_once_in_batches_however_often_the_job_runs()
    {
        var people = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await PersonAsync($"person{i}@example.com");
            people.Add($"person{i}@example.com");
        }

        var suspended = await PersonAsync("suspended@example.com");
        await App.SendAsync(new SuspendAccountCommand(new StaffActor(Guid.CreateVersion7(), IsAdmin: true), suspended, "Test: a suspended account"), Cancel);
        var recorded = await RecordAsync(all: true);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await PersonAsync("later@example.com");

        var first = await App.SendAsync(new PickBreachRecipientsCommand(recorded.Id, null, 2), Cancel);
        var again = await App.SendAsync(new PickBreachRecipientsCommand(recorded.Id, null, 2), Cancel);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);

        Assert.Equal(5, recorded.Notifying);
        Assert.Equal((2, 2), (first.ToMail.Count, again.ToMail.Count)); // picked, not yet mailed: the same two again
        Assert.All(people, email => Assert.Single(Told(email)));
        Assert.Empty(Told("suspended@example.com"));
        Assert.Empty(Told("later@example.com"));
        await using var db = App.Database.CreateContext();
        Assert.Equal(5, await db.BreachNotifications.CountAsync(n => n.BreachId == recorded.Id, Cancel));
    }

    [Fact]
    public async Task A_run_that_fails_part_way_is_finished_by_the_next_and_mails_nobody_twice()
    {
        var people = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            await PersonAsync($"person{i}@example.com");
            people.Add($"person{i}@example.com");
        }

        var recorded = await RecordAsync(all: true);
        mail!.Reset();
        mail.FailOnSend = 3;

        await Assert.ThrowsAsync<IOException>(() => App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel));
        var toldBeforeTheRetry = people.Count(email => Told(email).Count > 0);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);

        Assert.Equal(2, toldBeforeTheRetry);
        Assert.All(people, email => Assert.Single(Told(email)));
    }

    [Fact]
    public async Task By_categories_and_window_tells_the_accounts_created_before_the_window_ended()
    {
        await PersonAsync("early@example.com");
        App.Clock.Advance(TimeSpan.FromDays(2));
        var windowEnd = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await PersonAsync("late@example.com");
        var discovered = App.Clock.GetUtcNow().AddHours(-5);

        var recorded = await App.SendAsync(
            new RecordBreachCommand(Staff, "Our test message: the backups were exposed.", null, false, ["Usage", "payment"], windowEnd.AddDays(-3), windowEnd, discovered, "A backup bucket was public."),
            Cancel);
        await App.RunJobAsync(new NotifyBreachJob(recorded.Id), Cancel);

        Assert.Equal(1, recorded.Notifying);
        Assert.Equal(discovered.AddHours(72), recorded.NotifyAuthorityBy);
        Assert.Single(Told("early@example.com"));
        Assert.Empty(Told("late@example.com"));
        await using var db = App.Database.CreateContext();
        var breach = await db.Breaches.SingleAsync(Cancel);
        Assert.Equal(("payment,usage", Staff, discovered), (breach.Categories, breach.RecordedBy, breach.DiscoveredAt));
    }

    [Fact]
    public async Task The_dashboard_notice_shows_to_the_affected_until_dismissed_and_goes_with_the_account()
    {
        var ada = await PersonAsync("ada@example.com");
        var grace = await PersonAsync("grace@example.com");
        var recorded = await RecordAsync(userIds: [ada]);

        var shown = await App.SendAsync(new GetBreachNoticeQuery(ada), Cancel);
        var notShown = await App.SendAsync(new GetBreachNoticeQuery(grace), Cancel);
        await Assert.ThrowsAsync<Creo.Application.Common.Errors.NotFoundException>(() => App.SendAsync(new DismissBreachNoticeCommand(grace, recorded.Id), Cancel));
        await App.SendAsync(new DismissBreachNoticeCommand(ada, recorded.Id), Cancel);
        var dismissed = await App.SendAsync(new GetBreachNoticeQuery(ada), Cancel);
        var erased = await App.SendAsync(new ErasePrivacyRecordsCommand(ada), Cancel);

        Assert.Equal((recorded.Id, "Our test message: the backups were exposed."), (shown!.BreachId, shown.Message));
        Assert.Null(notShown);
        Assert.Null(dismissed);
        Assert.True(erased >= 1);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.BreachNotifications.AnyAsync(n => n.UserId == ada, Cancel));
        Assert.True(await db.Breaches.AnyAsync(b => b.Id == recorded.Id, Cancel));
    }

    [Fact]
    public async Task Unknown_ids_are_refused_and_nothing_is_written()
    {
        var ada = await PersonAsync("ada@example.com");

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => RecordAsync(userIds: [ada, Guid.CreateVersion7()]));

        Assert.Empty(Jobs.Enqueued);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.Breaches.AnyAsync(Cancel));
        Assert.False(await db.BreachNotifications.AnyAsync(Cancel));
    }

    private static NotifyBreachJob NotifyBreachJob(Guid id) => new(id);

    private Task<BreachRecordedDto> RecordAsync(IReadOnlyList<Guid>? userIds = null, bool all = false) =>
        App.SendAsync(new RecordBreachCommand(Staff, "Our test message: the backups were exposed.", userIds, all, null, null, null, null, null), Cancel);

    private List<MimeKit.MimeMessage> Told(string email) => [.. Mailbox.To(App.DataDirectory, email).Where(m => m.Subject == Subject)];

    private async Task<Guid> PersonAsync(string email)
    {
        await App.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        return (await App.SendAsync(new VerifyEmailSignInCommand(Mailbox.LatestSignInToken(App.DataDirectory, email), Laptop), Cancel)).UserId;
    }
}

public sealed class SqliteBreachNoticeTests() : BreachNoticeTests(DatabaseProvider.Sqlite);

public sealed class PostgresBreachNoticeTests() : BreachNoticeTests(DatabaseProvider.Postgres);
