using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Privacy;

/// <summary>The studio app with one admin, who may read the daily aggregates.</summary>
public abstract class AnalyticsApp(DatabaseProvider provider) : StudioApp(provider)
{
    public const string AdminEmail = "analytics-admin@example.com";

    public Task<SignedInUser> AdminAsync() => SignedInUser.SignInAsync(Http, DataDirectory, AdminEmail);

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Creo:AdminEmails"] = AdminEmail;
    }
}

public sealed class EmbeddedAnalyticsApp() : AnalyticsApp(DatabaseProvider.Sqlite);

public sealed class PostgresAnalyticsApp() : AnalyticsApp(DatabaseProvider.Postgres);
