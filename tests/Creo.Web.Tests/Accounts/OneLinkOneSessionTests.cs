using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// A sign-in link is single-use under concurrency: the same token posted many times at once (a double click, a
/// replayed request) starts one session. The token is spent by one conditional UPDATE, so the database decides.
/// </summary>
public abstract class OneLinkOneSessionTests(WebAppFixture app)
{
    private const int SimultaneousPosts = 8;

    [Fact]
    public async Task Simultaneous_posts_of_one_link_start_exactly_one_session()
    {
        var email = $"racer-{Guid.NewGuid():N}@example.com";
        var laptop = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, email);
        using (var start = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var phone = SignedInUser.NotSignedIn(app.Http, email);
        var form = await phone.ReadSignInFormAsync(Mailbox.LatestSignInLink(app.DataDirectory, email));
        var responses = await Task.WhenAll(Enumerable.Range(0, SimultaneousPosts).Select(_ => phone.PostSignInFormAsync(form)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.SeeOther);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.SeeOther), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var sessions = await laptop.GetJsonAsync<JsonElement[]>("/api/me/sessions");
        Assert.Equal(2, sessions.Length);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}

public sealed class OneLinkOneSessionOnPostgresTests(PostgresApp app) : OneLinkOneSessionTests(app), IClassFixture<PostgresApp>;

public sealed class OneLinkOneSessionOnSqliteTests(EmbeddedApp app) : OneLinkOneSessionTests(app), IClassFixture<EmbeddedApp>;
