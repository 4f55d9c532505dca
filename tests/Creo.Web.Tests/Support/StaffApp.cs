using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Support;

/// <summary>Production's shape (PostgreSQL, S3) with one configured admin; support staff are made by an admin's hand, in the database.</summary>
public sealed class StaffApp() : StudioApp(DatabaseProvider.Postgres)
{
    public const string AdminEmail = "admin@creo.test";

    public Task<SignedInUser> AdminAsync() => NewPersonAsync(AdminEmail);

    /// <summary>A new account with the support role, signed in.</summary>
    public async Task<SignedInUser> SupportAsync()
    {
        var support = await NewPersonAsync();
        await using var db = Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == support.Email, TestContext.Current.CancellationToken);
        user.GrantRole(Role.Support);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return support;
    }

    public async Task<Guid> IdOfAsync(SignedInUser person)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Email == person.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithS3Storage();
        settings["Creo:AdminEmails"] = AdminEmail;
        settings["RateLimits:SignInStartsPerIp"] = "1000";
    }
}
