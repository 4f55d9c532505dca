using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Accounts;

public sealed class RequestLogTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    [Fact]
    public async Task The_request_log_records_each_request_by_route_and_account_but_never_a_token()
    {
        var email = $"person-{Guid.NewGuid():N}@example.com";
        var user = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, email, "LogTest/1.0");
        var token = Mailbox.LatestSignInToken(app.DataDirectory, email);
        using (await user.GetAsync("/api/me"))
        {
        }

        var entries = await WaitForEntriesAsync(e => e.UserAgent == "LogTest/1.0", count: 4);

        // The link's page (which spends nothing), then its button.
        var page = Assert.Single(entries, e => e.Path == "/api/auth/email/verify" && e.Method == "GET");
        Assert.Equal(200, page.StatusCode);
        var verify = Assert.Single(entries, e => e.Path == "/api/auth/email/verify" && e.Method == "POST");
        Assert.Equal(303, verify.StatusCode);
        var me = Assert.Single(entries, e => e.Path == "/api/me/");
        Assert.Equal(200, me.StatusCode);
        Assert.NotNull(me.UserId);
        Assert.Equal("127.0.0.1", me.IpAddress);
        Assert.All(entries, e => Assert.DoesNotContain('?', e.Path));
        Assert.False(await DatabaseText.ContainsAsync(app.Database, token), "a sign-in token reached the database");
        Assert.False(await DatabaseText.ContainsAsync(app.Database, user.SessionCookie), "a session token reached the database");
    }

    /// <summary>The entries that match, once every request made so far is written (count: how many the test expects at least).</summary>
    private async Task<List<Creo.Domain.Common.RequestLogEntry>> WaitForEntriesAsync(Func<Creo.Domain.Common.RequestLogEntry, bool> match, int count)
    {
        await RequestLogMarker.WaitUntilWrittenAsync(app.Http, app.Database);
        await using var db = app.Database.CreateContext();
        var entries = (await db.RequestLogs.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken)).Where(match).ToList();
        Assert.True(entries.Count >= count, $"{entries.Count} matching request log entries, expected at least {count}.");
        return entries;
    }
}
