using System.Net;
using System.Text.Json;

namespace Creo.Web.Tests.Common;

public abstract class HealthTests<TApp>(TApp app)
    where TApp : WebAppFixture
{
    protected TApp App { get; } = app;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_answers_while_the_process_runs()
    {
        using var response = await App.Http.GetAsync("/health/live", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_when_the_database_and_job_storage_answer()
    {
        using var response = await App.Http.GetAsync("/health/ready", Cancel);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("jobs").GetString());
    }
}

public sealed class EmbeddedHealthTests(EmbeddedApp app) : HealthTests<EmbeddedApp>(app), IClassFixture<EmbeddedApp>;

public sealed class PostgresHealthTests(PostgresApp app) : HealthTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>Its own app, because it takes the database away.</summary>
public sealed class ReadinessFailureTests : IClassFixture<PostgresApp>
{
    private readonly PostgresApp app;

    public ReadinessFailureTests(PostgresApp app) => this.app = app;

    [Fact]
    public async Task Ready_answers_503_when_the_database_is_gone_while_live_still_answers()
    {
        using (var before = await app.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await app.Database.DropAsync();

        using var ready = await app.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        using var live = await app.Http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
