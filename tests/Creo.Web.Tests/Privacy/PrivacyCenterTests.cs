using System.Net;
using System.Text.Json;
using Creo.Domain.Privacy;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Privacy;

/// <summary>Consents (policy sections 08–09) and requests to exercise the rights of section 07.</summary>
public abstract class PrivacyCenterTests<TApp>(TApp app)
    where TApp : StudioApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nothing_optional_is_on_until_the_person_opts_in()
    {
        var user = await app.NewPersonAsync();

        var consents = await user.GetJsonAsync<JsonElement>("/api/privacy/consents");

        Assert.False(consents.GetProperty("analytics").GetBoolean());
        Assert.False(consents.GetProperty("productEmails").GetBoolean());
    }

    [Fact]
    public async Task Each_change_of_consent_is_appended_with_its_time_policy_version_and_source()
    {
        var user = await app.NewPersonAsync();

        using var optIn = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = true });
        using var optOut = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = false, productEmails = true, source = "cookie-banner" });

        Assert.Equal(HttpStatusCode.OK, optIn.StatusCode);
        var now = await user.GetJsonAsync<JsonElement>("/api/privacy/consents");
        Assert.Equal((false, true), (now.GetProperty("analytics").GetBoolean(), now.GetProperty("productEmails").GetBoolean()));
        await using var db = app.Database.CreateContext();
        var userId = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync(Cancel);
        var records = (await db.ConsentRecords.Where(c => c.UserId == userId).ToListAsync(Cancel)).OrderBy(c => c.Id).ToList();
        Assert.Equal(
            [(ConsentPurpose.Analytics, true, "privacy-center"), (ConsentPurpose.ProductEmails, true, "privacy-center"), (ConsentPurpose.Analytics, false, "cookie-banner")],
            records.Select(r => (r.Purpose, r.Granted, r.Source)));
        Assert.All(records, r => Assert.Equal(1, r.PolicyVersion));
    }

    [Fact]
    public async Task A_request_with_sec_gpc_counts_as_an_analytics_opt_out()
    {
        var user = await app.NewPersonAsync();
        using var optIn = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = false });

        using var read = await user.SendContentAsync(HttpMethod.Get, "/api/privacy/consents", null, new Dictionary<string, string> { ["Sec-GPC"] = "1" });
        using var write = await user.SendContentAsync(
            HttpMethod.Put, "/api/privacy/consents", System.Net.Http.Json.JsonContent.Create(new { analytics = true, productEmails = false }),
            new Dictionary<string, string> { ["Sec-GPC"] = "1" });

        var seen = JsonDocument.Parse(await read.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.False(seen.GetProperty("analytics").GetBoolean());
        Assert.True(seen.GetProperty("globalPrivacyControl").GetBoolean());
        Assert.False((await user.GetJsonAsync<JsonElement>("/api/privacy/consents")).GetProperty("analytics").GetBoolean());
    }

    [Fact]
    public async Task A_privacy_request_is_due_30_days_after_it_was_received()
    {
        var user = await app.NewPersonAsync();

        using var response = await user.SendAsync(HttpMethod.Post, "/api/privacy/requests", new { type = "access", details = "Everything, please." });
        var request = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        var mine = await user.GetJsonAsync<JsonElement>("/api/privacy/requests");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(app.App.Clock.GetUtcNow().AddDays(30), request.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(request.GetProperty("id").GetString(), Assert.Single(mine.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_right_can_be_requested_and_anything_else_is_refused()
    {
        var user = await app.NewPersonAsync();

        foreach (var type in new[] { "access", "correct", "delete", "port", "object", "withdraw" })
        {
            using var accepted = await user.SendAsync(HttpMethod.Post, "/api/privacy/requests", new { type, details = "" });
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        using var refused = await user.SendAsync(HttpMethod.Post, "/api/privacy/requests", new { type = "sell", details = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors").TryGetProperty("type", out _));
        Assert.Equal(6, (await user.GetJsonAsync<JsonElement>("/api/privacy/requests")).GetArrayLength());
    }

    /// <summary>The page's form refuses a request with no right chosen in the words of its list; the API keeps its machine names.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("sell")]
    public async Task The_privacy_center_names_the_rights_by_their_labels_when_none_was_chosen(string type)
    {
        var user = await app.NewPersonAsync();

        using var refused = await user.SendContentAsync(
            HttpMethod.Post, "/privacy/center?handler=Request",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["RequestType"] = type, ["RequestDetails"] = "", ["__RequestVerificationToken"] = user.CsrfToken! }));
        var html = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose what you would like: Access, Correct, Delete, Port, Object or withdraw consent.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose one of", html, StringComparison.Ordinal);
        Assert.Empty((await user.GetJsonAsync<JsonElement>("/api/privacy/requests")).EnumerateArray());
    }
}

public sealed class EmbeddedPrivacyCenterTests(EmbeddedStudioApp app) : PrivacyCenterTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresPrivacyCenterTests(PostgresStudioApp app) : PrivacyCenterTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
