using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;

namespace Creo.Web.Tests.Privacy;

/// <summary>The studio app with one admin, who may record breaches.</summary>
public abstract class BreachNoticeApp(DatabaseProvider provider) : StudioApp(provider)
{
    public const string AdminEmail = "breach-admin@example.com";

    private SignedInUser? admin;

    /// <summary>One admin session for the whole class: sign-in links to one address are limited to 5 per 15 minutes.</summary>
    public async Task<SignedInUser> AdminAsync() => admin ??= await SignedInUser.SignInAsync(Http, DataDirectory, AdminEmail);

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings["Creo:AdminEmails"] = AdminEmail;
    }
}

public sealed class EmbeddedBreachNoticeApp() : BreachNoticeApp(DatabaseProvider.Sqlite);

public sealed class PostgresBreachNoticeApp() : BreachNoticeApp(DatabaseProvider.Postgres);
