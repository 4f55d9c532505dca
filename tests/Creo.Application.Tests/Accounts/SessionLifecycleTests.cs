using Creo.Application.Accounts;
using Creo.Application.Accounts.AuthenticateSession;
using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.SuspendAccount;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Common.Errors;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Accounts;

public abstract class SessionLifecycleTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private static readonly ClientInfo Laptop = new("203.0.113.7", "Laptop browser", "fingerprint-laptop");

    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_the_hash_of_a_sign_in_link_is_stored()
    {
        var token = await RequestLinkAsync("ada@example.com");

        await using var db = App.Database.CreateContext();
        var stored = await db.SignInTokens.SingleAsync(Cancel);
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.Equal("ada@example.com", stored.Email);
    }

    [Fact]
    public async Task Asking_for_a_link_creates_no_account_until_the_link_is_opened()
    {
        var token = await RequestLinkAsync("Grace@Example.com ");
        await using (var db = App.Database.CreateContext())
        {
            Assert.Equal(0, await db.Users.CountAsync(Cancel));
        }

        await App.SendAsync(new VerifyEmailSignInCommand(token, Laptop), Cancel);
        await using var after = App.Database.CreateContext();
        Assert.Equal("grace@example.com", (await after.Users.SingleAsync(Cancel)).Email);
    }

    [Fact]
    public async Task More_than_five_links_per_address_in_15_minutes_are_refused()
    {
        for (var i = 0; i < 5; i++)
        {
            await RequestLinkAsync("busy@example.com");
        }

        await Assert.ThrowsAsync<TooManyRequestsException>(() => RequestLinkAsync("BUSY@example.com"));

        App.Clock.Advance(TimeSpan.FromMinutes(16));
        await RequestLinkAsync("busy@example.com");
    }

    [Fact]
    public async Task A_session_slides_while_used_and_ends_after_14_idle_days()
    {
        var session = await SignInAsync("ada@example.com");
        var createdExpiry = session.ExpiresAt;

        App.Clock.Advance(TimeSpan.FromDays(10));
        Assert.NotNull(await AuthenticateAsync(session.SessionToken));
        await using (var db = App.Database.CreateContext())
        {
            Assert.Equal(App.Clock.GetUtcNow() + Session.IdleLifetime, (await db.Sessions.SingleAsync(Cancel)).ExpiresAt);
            Assert.True((await db.Sessions.SingleAsync(Cancel)).ExpiresAt > createdExpiry);
        }

        App.Clock.Advance(Session.IdleLifetime);
        Assert.Null(await AuthenticateAsync(session.SessionToken));
    }

    [Fact]
    public async Task No_session_outlives_90_days_however_active()
    {
        var session = await SignInAsync("ada@example.com");

        for (var week = 0; week < 12; week++)
        {
            App.Clock.Advance(TimeSpan.FromDays(7));
            Assert.NotNull(await AuthenticateAsync(session.SessionToken));
        }

        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Null(await AuthenticateAsync(session.SessionToken));
    }

    [Fact]
    public async Task Suspension_ends_every_session_and_refuses_new_sign_ins()
    {
        var first = await SignInAsync("mallory@example.com");

        await App.SendAsync(new SuspendAccountCommand(new StaffActor(Guid.CreateVersion7(), IsAdmin: true), first.UserId, "Fraud report"), Cancel);

        Assert.Null(await AuthenticateAsync(first.SessionToken));
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => SignInAsync("mallory@example.com"));
        Assert.Equal("account-suspended", error.Code);
    }

    [Fact]
    public async Task A_material_policy_change_asks_for_acceptance_again()
    {
        var session = await SignInAsync("ada@example.com");
        await App.SendAsync(new CompleteOnboardingCommand(session.UserId, true, 1), Cancel);
        Assert.False((await AuthenticateAsync(session.SessionToken))!.OnboardingRequired);

        await App.SendAsync(new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow().AddDays(1), Material: true, "02 What changed"), Cancel);
        Assert.False((await AuthenticateAsync(session.SessionToken))!.OnboardingRequired);

        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await AuthenticateAsync(session.SessionToken))!.OnboardingRequired);

        await App.SendAsync(new CompleteOnboardingCommand(session.UserId, true, 2), Cancel);
        Assert.False((await AuthenticateAsync(session.SessionToken))!.OnboardingRequired);
        await using var db = App.Database.CreateContext();
        Assert.Equal([1, 2], await db.PolicyAcceptances.Select(a => a.PolicyVersion).OrderBy(v => v).ToListAsync(Cancel));
        Assert.Equal(1, (await db.Users.SingleAsync(Cancel)).AgeConfirmedUnderPolicyVersion);
    }

    private async Task<string> RequestLinkAsync(string email)
    {
        await App.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        return Mailbox.LatestSignInToken(App.DataDirectory, email.Trim().ToLowerInvariant());
    }

    private async Task<SignInResult> SignInAsync(string email) =>
        await App.SendAsync(new VerifyEmailSignInCommand(await RequestLinkAsync(email), Laptop), Cancel);

    private Task<SessionPrincipal?> AuthenticateAsync(string token) => App.SendAsync(new AuthenticateSessionCommand(token, Laptop), Cancel);
}

public sealed class SqliteSessionLifecycleTests() : SessionLifecycleTests(DatabaseProvider.Sqlite);

public sealed class PostgresSessionLifecycleTests() : SessionLifecycleTests(DatabaseProvider.Postgres);
