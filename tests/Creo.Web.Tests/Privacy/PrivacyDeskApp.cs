using Creo.Domain.Accounts;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Privacy;

/// <summary>Crëo with one admin (by configuration) and one support member (granted the role in the database).</summary>
public abstract class PrivacyDeskApp(DatabaseProvider provider) : WebAppFixture(provider)
{
    public const string AdminEmail = "desk-admin@example.com";
    public const string SupportEmail = "desk-support@example.com";

    private readonly SemaphoreSlim signingIn = new(1, 1);
    private SignedInUser? support;

    public Task<SignedInUser> AdminAsync() => SignedInUser.SignInAsync(Http, DataDirectory, AdminEmail);

    /// <summary>The support member, signed in once per app (each address gets only a few sign-in links at a time).</summary>
    public async Task<SignedInUser> SupportAsync()
    {
        await signingIn.WaitAsync();
        try
        {
            if (support is null)
            {
                var user = await SignedInUser.SignInAsync(Http, DataDirectory, SupportEmail);
                await using var db = Database.CreateContext();
                var account = await db.Users.SingleAsync(u => u.Email == SupportEmail);
                account.GrantRole(Role.Support);
                await db.SaveChangesAsync();
                support = user;
            }

            return support;
        }
        finally
        {
            signingIn.Release();
        }
    }

    public Task<SignedInUser> PersonAsync() => SignedInUser.SignInAsync(Http, DataDirectory, $"person-{Guid.NewGuid():N}@example.com");

    public async Task<Guid> UserIdAsync(SignedInUser user)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A request as if it had arrived through the privacy center on <paramref name="receivedAt"/>.</summary>
    public async Task<PrivacyRequest> ReceivedAsync(Guid userId, DateTimeOffset receivedAt, string details = "", PrivacyRequestType type = PrivacyRequestType.Access)
    {
        await using var db = Database.CreateContext();
        var request = PrivacyRequest.Receive(userId, type, details, PrivacyRequest.FromWeb, receivedAt);
        db.PrivacyRequests.Add(request);
        await db.SaveChangesAsync();
        return request;
    }

    public async Task<PrivacyRequest> StoredAsync(Guid requestId)
    {
        await using var db = Database.CreateContext();
        return await db.PrivacyRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
    }

    public async Task<int> RequestCountAsync()
    {
        await using var db = Database.CreateContext();
        return await db.PrivacyRequests.CountAsync();
    }

    /// <summary>Now on the app's clock, to the second, so times survive a round trip through either database unchanged.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = App.Clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        }
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["Creo:AdminEmails"] = AdminEmail;
        settings["RateLimits:SignInStartsPerIp"] = "1000";
    }

    public override async ValueTask DisposeAsync()
    {
        signingIn.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class EmbeddedPrivacyDeskApp() : PrivacyDeskApp(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyDeskApp() : PrivacyDeskApp(DatabaseProvider.Postgres);
