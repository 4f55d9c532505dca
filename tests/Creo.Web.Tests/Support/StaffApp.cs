using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Support;

/// <summary>Crëo with one configured admin; support staff are made by an admin's hand, in the database.</summary>
public abstract class StaffAppBase(DatabaseProvider provider) : StudioApp(provider)
{
    public const string AdminEmail = "admin@creo.test";

    private readonly DatabaseProvider provider = provider;

    public Task<SignedInUser> AdminAsync() => NewPersonAsync(AdminEmail);

    /// <summary>A new account with the support role, signed in.</summary>
    public Task<SignedInUser> SupportAsync() => NewStaffAsync(Role.Support);

    /// <summary>A second admin besides the configured one, granted in the database like support staff (to forge with).</summary>
    public Task<SignedInUser> AnotherAdminAsync() => NewStaffAsync(Role.Admin);

    private async Task<SignedInUser> NewStaffAsync(Role role)
    {
        var staff = await NewPersonAsync();
        await using var db = Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == staff.Email, TestContext.Current.CancellationToken);
        user.GrantRole(role);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return staff;
    }

    public async Task<Guid> IdOfAsync(SignedInUser person)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Email == person.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until an erasure has removed the account (the saga runs as a job after the request).</summary>
    public Task WaitUntilAccountIsGoneAsync(Guid id) =>
        Eventually.UntilAsync(
            async () =>
            {
                await using var db = Database.CreateContext();
                return await db.Users.AnyAsync(u => u.Id == id, TestContext.Current.CancellationToken);
            },
            exists => !exists,
            _ => "The account was still there after 30 s.");

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        if (provider == DatabaseProvider.Postgres)
        {
            settings.WithS3Storage();
        }

        settings["Creo:AdminEmails"] = AdminEmail;
        settings["RateLimits:SignInStartsPerIp"] = "1000";
    }
}

/// <summary>Production's shape: PostgreSQL and S3.</summary>
public sealed class StaffApp() : StaffAppBase(DatabaseProvider.Postgres);

/// <summary>The embedded default: SQLite, in-memory jobs, files on disk.</summary>
public sealed class EmbeddedStaffApp() : StaffAppBase(DatabaseProvider.Sqlite);
