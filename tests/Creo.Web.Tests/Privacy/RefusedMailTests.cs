using System.Net;
using System.Text;
using Creo.Testing;
using Npgsql;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// A relay refusing a recipient answers with the address in its reply, and mail libraries make that reply their
/// exception message. Whether the send failed during a request or in a job, the address must reach no log line,
/// none of Hangfire's stored job state (the failed state's message and details, the retry's reason) and no file.
/// </summary>
public sealed class RefusedMailTests(RefusedMailApp app) : IClassFixture<RefusedMailApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sign_in_mail_the_relay_refuses_fails_the_request_without_naming_the_address_anywhere()
    {
        var address = $"refused-{Guid.NewGuid():N}@example.com";
        app.Relay.Refuse(address);

        using var response = await app.Http.PostAsync(
            "/api/auth/email/start", new StringContent($$"""{"email":"{{address}}"}""", Encoding.UTF8, "application/json"), Cancel);

        Assert.Contains(address, app.Relay.Refusals);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(address, await response.Content.ReadAsStringAsync(Cancel), StringComparison.OrdinalIgnoreCase);
        Assert.False(app.Logs.Contain(address), "A log line names the refused address.");
        AssertNoFileNames(address);
    }

    [Fact]
    public async Task A_job_whose_mail_the_relay_refuses_fails_in_hangfire_without_naming_the_address()
    {
        var address = $"refused-{Guid.NewGuid():N}@example.com";
        var user = await app.NewPersonAsync(address);
        app.Relay.Refuse(address);

        // The export job mails its owner when the archive is ready; that mail is refused.
        using (var export = await user.SendAsync(HttpMethod.Post, "/api/privacy/exports"))
        {
            Assert.Equal(HttpStatusCode.Accepted, export.StatusCode);
        }

        await Eventually.UntilAsync(
            () => FailedJobsAsync("MailDataExportReadyJob"),
            failed => failed > 0,
            _ => "Hangfire recorded no failed MailDataExportReadyJob in 30 s.");

        Assert.Contains(address, app.Relay.Refusals);
        var hangfireColumns = (await DatabaseText.ColumnsContainingAsync(app.Database, address)).Where(column => column.StartsWith("hangfire.", StringComparison.Ordinal));
        Assert.Empty(hangfireColumns);
        Assert.False(app.Logs.Contain(address), "A log line names the refused address.");
        AssertNoFileNames(address);
    }

    /// <summary>
    /// The data directory holds the database's files on the embedded default and the person's own export here; neither
    /// is a log. The relay keeps the mail it accepted elsewhere (<see cref="SmtpRelayStandIn.Root"/>).
    /// </summary>
    private void AssertNoFileNames(string address) =>
        Assert.All(
            Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Where(file => !file.EndsWith(".zip", StringComparison.Ordinal)),
            file => Assert.DoesNotContain(address, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.OrdinalIgnoreCase));

    /// <summary>How many failed states Hangfire stored for jobs of this type.</summary>
    private async Task<long> FailedJobsAsync(string jobType)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.jobid = j.id WHERE s.name = 'Failed' AND j.invocationdata::text LIKE @type",
            connection);
        command.Parameters.AddWithValue("type", $"%{jobType}%");
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
