using Creo.Application.Accounts;
using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Privacy.AnnouncePolicyChange;
using Creo.Application.Privacy.MailPolicyChangeNotice;
using Creo.Application.Privacy.PickPolicyChangeRecipients;
using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.GetPolicyChangeNotice;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

/// <summary>Policy section 12: a material change is announced on the dashboard and by email, and accepted again.</summary>
public abstract class PolicyChangeTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private const string ChangeSubject = "Crëo's privacy policy is changing";
    private static readonly ClientInfo Laptop = new("203.0.113.7", "Laptop browser", "fingerprint-laptop");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_material_change_is_mailed_in_batches_to_every_active_account_once_however_often_it_runs()
    {
        var people = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            people.Add((await PersonAsync($"person{i}@example.com")).Email);
        }

        var suspended = await PersonAsync("suspended@example.com");
        await App.SendAsync(new SuspendAccountCommand(new StaffActor(Guid.CreateVersion7(), IsAdmin: true), suspended.UserId, "Test: a suspended account"), Cancel);
        var policy = await PublishAsync(material: true);

        var first = await App.SendAsync(new PickPolicyChangeRecipientsQuery(policy, null, 2), Cancel);
        var toldFirst = await App.SendAsync(new MailPolicyChangeNoticeCommand(policy, first.ToTell[0]), Cancel);
        var toldAgain = await App.SendAsync(new MailPolicyChangeNoticeCommand(policy, first.ToTell[0]), Cancel);
        var firstAgain = await App.SendAsync(new PickPolicyChangeRecipientsQuery(policy, null, 2), Cancel);
        var second = await App.SendAsync(new PickPolicyChangeRecipientsQuery(policy, first.Next, 2), Cancel);
        await App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel);
        await App.RunJobAsync(new AnnouncePolicyChangeJob(policy), Cancel);

        Assert.Equal((2, true, false, 1, 2), (first.ToTell.Count, toldFirst, toldAgain, firstAgain.ToTell.Count, second.ToTell.Count));
        Assert.NotNull(second.Next);
        Assert.All(people, email => Assert.Single(Mailbox.To(App.DataDirectory, email), m => m.Subject == ChangeSubject));
        Assert.All(people, email => Assert.Contains("/privacy", MailParts.Of(Mailbox.To(App.DataDirectory, email).Single(m => m.Subject == ChangeSubject)).Html, StringComparison.Ordinal));
        Assert.DoesNotContain(Mailbox.To(App.DataDirectory, "suspended@example.com"), m => m.Subject == ChangeSubject);
        await using var db = App.Database.CreateContext();
        Assert.Equal(5, await db.PolicyChangeNotices.CountAsync(n => n.PolicyVersion == 2, Cancel));
    }

    [Fact]
    public async Task The_dashboard_notice_shows_from_publication_until_the_person_accepts_and_a_minor_change_shows_none()
    {
        var person = await PersonAsync("ada@example.com");
        await App.SendAsync(new CompleteOnboardingCommand(person.UserId, true, 1), Cancel);
        await PublishAsync(material: false, version: 2);
        Assert.Null(await App.SendAsync(new GetPolicyChangeNoticeQuery(person.UserId), Cancel));

        await PublishAsync(material: true, version: 3);
        var upcoming = await App.SendAsync(new GetPolicyChangeNoticeQuery(person.UserId), Cancel);
        App.Clock.Advance(TimeSpan.FromDays(8));
        var inForce = await App.SendAsync(new GetPolicyChangeNoticeQuery(person.UserId), Cancel);
        await App.SendAsync(new CompleteOnboardingCommand(person.UserId, true, 3), Cancel);

        Assert.Equal((3, false), (upcoming!.Version, upcoming.InForce));
        Assert.Equal((3, true), (inForce!.Version, inForce.InForce));
        Assert.Null(await App.SendAsync(new GetPolicyChangeNoticeQuery(person.UserId), Cancel));
    }

    private async Task<Guid> PublishAsync(bool material, int version = 2)
    {
        await App.SendAsync(new PublishPolicyVersionCommand(version, App.Clock.GetUtcNow().AddDays(7), material, $"0{version} What changed"), Cancel);
        await using var db = App.Database.CreateContext();
        return await db.PolicyVersions.Where(p => p.Version == version).Select(p => p.Id).SingleAsync(Cancel);
    }

    private async Task<(Guid UserId, string Email)> PersonAsync(string email)
    {
        await App.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        var signedIn = await App.SendAsync(new VerifyEmailSignInCommand(Mailbox.LatestSignInToken(App.DataDirectory, email), Laptop), Cancel);
        return (signedIn.UserId, email);
    }
}

public sealed class SqlitePolicyChangeTests() : PolicyChangeTests(DatabaseProvider.Sqlite);

public sealed class PostgresPolicyChangeTests() : PolicyChangeTests(DatabaseProvider.Postgres);
