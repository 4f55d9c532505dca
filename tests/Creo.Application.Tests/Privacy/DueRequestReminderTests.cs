using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy;
using Creo.Application.Privacy.CompletePrivacyRequest;
using Creo.Application.Privacy.RemindDueRequests;
using Creo.Domain.Accounts;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// Policy section 07, "We reply within 30 days": once a day support is mailed the unanswered requests due within
/// 7 days and those overdue, by id, type and due date only.
/// </summary>
public abstract class DueRequestReminderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string SupportAddress = "desk@creo.test";
    private const string PrivateDetails = "my neighbour's name is in my prompts";

    private CreoServices app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await CreoServices.StartAsync(provider, settings => settings["Creo:ContactEmail"] = SupportAddress);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_reminder_mails_support_once_with_the_requests_due_within_7_days_and_those_overdue()
    {
        var person = await PersonAsync("ada@example.com");
        var now = app.Clock.GetUtcNow();
        var overdue = await ReceivedAsync(person, now.AddDays(-33), PrivacyRequestType.Delete);
        var dueSoon = await ReceivedAsync(person, now.AddDays(-25), PrivacyRequestType.Port);
        var later = await ReceivedAsync(person, now.AddDays(-10), PrivacyRequestType.Access);
        var answered = await ReceivedAsync(person, now.AddDays(-40), PrivacyRequestType.Correct);
        await app.SendAsync(new CompletePrivacyRequestCommand(Guid.CreateVersion7(), answered.Id, "Corrected."), Cancel);

        await app.RunJobAsync(new RemindDueRequestsJob(), Cancel);

        var mail = Assert.Single(Mailbox.To(app.DataDirectory, SupportAddress));
        var body = mail.TextBody ?? string.Empty;
        Assert.Equal("Privacy requests: 1 overdue, 1 due within a week", mail.Subject);
        Assert.Contains($"{overdue.Id} · delete · due {overdue.DueAt:yyyy-MM-dd}", System.Net.WebUtility.HtmlDecode(MailParts.Of(mail).Html), StringComparison.Ordinal);
        Assert.Contains($"{overdue.Id} · delete · due {overdue.DueAt:yyyy-MM-dd}", body, StringComparison.Ordinal);
        Assert.Contains($"{dueSoon.Id} · port · due {dueSoon.DueAt:yyyy-MM-dd}", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("Overdue:", StringComparison.Ordinal) < body.IndexOf(overdue.Id.ToString(), StringComparison.Ordinal));
        Assert.True(body.IndexOf("Due within 7 days:", StringComparison.Ordinal) < body.IndexOf(dueSoon.Id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(later.Id.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(answered.Id.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateDetails, body, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_mail_goes_to_support_when_no_request_is_due_within_7_days()
    {
        var person = await PersonAsync("grace@example.com");
        var now = app.Clock.GetUtcNow();
        await ReceivedAsync(person, now.AddDays(-20), PrivacyRequestType.Access);
        var answered = await ReceivedAsync(person, now.AddDays(-35), PrivacyRequestType.Object);
        await app.SendAsync(new CompletePrivacyRequestCommand(Guid.CreateVersion7(), answered.Id, "We stopped."), Cancel);

        await app.RunJobAsync(new RemindDueRequestsJob(), Cancel);

        Assert.Empty(Mailbox.To(app.DataDirectory, SupportAddress));
    }

    [Fact]
    public void The_reminder_runs_daily_under_a_name_that_says_what_it_does()
    {
        var scheduler = new Generations.RecordingJobScheduler();

        RecurringJobs.Schedule(scheduler);

        var reminder = Assert.Single(scheduler.Recurring, r => r.Job is RemindDueRequestsJob);
        Assert.Equal(("Mail support the privacy requests due within 7 days or overdue", "0 7 * * *"), (reminder.Name, reminder.Cron));
    }

    private Task<PrivacyRequest> ReceivedAsync(Guid userId, DateTimeOffset receivedAt, PrivacyRequestType type) =>
        app.InScopeAsync(async sp =>
        {
            var data = sp.GetRequiredService<IPrivacyData>();
            var request = PrivacyRequest.Receive(userId, type, PrivateDetails, PrivacyRequest.FromWeb, receivedAt);
            data.PrivacyRequests.Add(request);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Cancel);
            return request;
        });

    private async Task<Guid> PersonAsync(string email)
    {
        await app.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        var client = new ClientInfo("203.0.113.7", "Laptop browser", "fingerprint-laptop");
        return (await app.SendAsync(new VerifyEmailSignInCommand(Mailbox.LatestSignInToken(app.DataDirectory, email), client), Cancel)).UserId;
    }
}

public sealed class SqliteDueRequestReminderTests() : DueRequestReminderTests(DatabaseProvider.Sqlite);

public sealed class PostgresDueRequestReminderTests() : DueRequestReminderTests(DatabaseProvider.Postgres);
