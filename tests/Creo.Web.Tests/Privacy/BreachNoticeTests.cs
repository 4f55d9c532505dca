using System.Net;
using System.Text;
using System.Text.Json;
using Creo.Domain.Accounts;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Policy section 05: "If a breach occurs, we will notify affected users without undue delay." Only an admin records a
/// breach; the people it names are mailed and see a notice on every page until they dismiss it; nobody else does.
/// </summary>
public abstract class BreachNoticeTests<TApp>(TApp app)
    where TApp : BreachNoticeApp
{
    private const string Route = "/api/admin/breach-notices";
    private const string Subject = "Important: a security incident affecting your Crëo account";
    private const string Banner = "A security incident may have affected your account.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_an_admin_may_record_a_breach_support_staff_and_people_get_403_and_the_signed_out_401()
    {
        var person = await app.NewPersonAsync();
        var support = await app.NewPersonAsync();
        await GrantAsync(support.Email, Role.Support);
        var before = await SnapshotAsync();
        var body = new { all = true, message = "Nobody may send this." };

        using var signedOut = await app.Http.PostAsync(Route, Json(body), Cancel);
        using var plain = await person.SendAsync(HttpMethod.Post, Route, body);
        using var staff = await support.SendAsync(HttpMethod.Post, Route, body);

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_named_person_is_mailed_and_sees_the_notice_until_dismissing_it_and_another_sees_nothing()
    {
        var admin = await app.AdminAsync();
        var ada = await app.NewPersonAsync();
        var grace = await app.NewPersonAsync();
        var adaId = await UserIdAsync(ada.Email);
        const string message = "On 20 November a backup of account emails was readable by anyone with its address.";

        using var response = await admin.SendAsync(HttpMethod.Post, Route, new { userIds = new[] { adaId }, message, categories = new[] { "account" } });
        var recorded = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        var mail = await Eventually.UntilAsync(
            () => Task.FromResult(Mailbox.To(app.DataDirectory, ada.Email).Where(m => m.Subject == Subject).ToList()),
            told => told.Count > 0,
            _ => "The breach notice was not mailed within 30 s.");
        var adaPage = await PageAsync(ada, "/studio");
        var gracePage = await PageAsync(grace, "/studio");
        var breachId = recorded.GetProperty("id").GetGuid();
        using var notGraces = await grace.SendAsync(HttpMethod.Post, $"/api/privacy/breach-notices/{breachId}/dismiss");
        using var dismissed = await ada.SendAsync(HttpMethod.Post, $"/api/privacy/breach-notices/{breachId}/dismiss");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, recorded.GetProperty("notifying").GetInt32());
        Assert.Contains(message, Assert.Single(mail).TextBody, StringComparison.Ordinal);
        Assert.Equal(2, MailParts.Of(mail[0]).HtmlLinks.Count);
        Assert.Contains(Banner, adaPage, StringComparison.Ordinal);
        Assert.Contains("backup of account emails", adaPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Banner, gracePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notGraces.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.DoesNotContain(Banner, await PageAsync(ada, "/gallery"), StringComparison.Ordinal);
        Assert.DoesNotContain(Mailbox.To(app.DataDirectory, grace.Email), m => m.Subject == Subject);
    }

    [Fact]
    public async Task The_notice_can_be_dismissed_from_the_page_with_a_plain_form()
    {
        var admin = await app.AdminAsync();
        var ada = await app.NewPersonAsync();
        using var response = await admin.SendAsync(HttpMethod.Post, Route, new { userIds = new[] { await UserIdAsync(ada.Email) }, message = "Form test." });
        var breachId = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetString()!;
        Assert.Contains(Banner, await PageAsync(ada, "/credits"), StringComparison.Ordinal);

        using var form = await ada.SendContentAsync(
            HttpMethod.Post,
            "/privacy/breach-notices/dismiss",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["breachId"] = breachId, ["returnUrl"] = "/credits", ["__RequestVerificationToken"] = ada.CsrfToken! }));

        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal("/credits", form.Headers.Location?.OriginalString);
        Assert.DoesNotContain(Banner, await PageAsync(ada, "/credits"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "all": true }""", "message")]
    [InlineData("""{ "all": true, "message": "" }""", "message")]
    [InlineData("""{ "userIds": ["0195a0e0-0000-7000-8000-000000000001"], "all": true, "message": "Both." }""", "userIds")]
    [InlineData("""{ "message": "Neither." }""", "userIds")]
    [InlineData("""{ "userIds": [], "message": "An empty list." }""", "userIds")]
    [InlineData("""{ "userIds": ["0195a0e0-0000-7000-8000-000000000001"], "message": "Nobody has this id." }""", "userIds")]
    [InlineData("""{ "categories": ["usage"], "message": "No window." }""", "to")]
    [InlineData("""{ "categories": ["prompts"], "to": "2026-11-20T00:00:00Z", "message": "Not a category." }""", "categories[0]")]
    [InlineData("""{ "all": true, "message": "Backwards.", "from": "2026-11-20T00:00:00Z", "to": "2026-11-10T00:00:00Z" }""", "from")]
    public async Task Bad_input_is_a_400_problem_and_writes_nothing(string body, string field)
    {
        var admin = await app.AdminAsync();
        var before = await SnapshotAsync();

        using var response = await admin.SendContentAsync(HttpMethod.Post, Route, new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>
    /// The breach form breaking a rule only the domain checks (discovered after it is recorded) is the page again with
    /// the rule's words and the API's 409, not a bare problem document in place of the admin's form.
    /// </summary>
    [Fact]
    public async Task The_breach_form_shows_a_broken_rule_on_the_page_with_409_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var before = await SnapshotAsync();
        var fields = new Dictionary<string, string>
        {
            ["Audience"] = "all",
            ["Message"] = "Discovered in the future.",
            ["DiscoveredAt"] = "2099-01-01T00:00",
            ["__RequestVerificationToken"] = admin.CsrfToken!,
        };

        using var response = await admin.SendContentAsync(HttpMethod.Post, "/admin/breaches", new FormUrlEncodedContent(fields));

        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("A breach cannot be discovered after it is recorded.", text, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Breach notices", text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<string> PageAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = app.Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);
    }

    /// <summary>Support staff get their role in the database; it counts from their next request.</summary>
    private async Task GrantAsync(string email, Role role)
    {
        await using var db = app.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email, Cancel);
        user.GrantRole(role);
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<(int Breaches, int Notifications)> SnapshotAsync()
    {
        await using var db = app.Database.CreateContext();
        return (await db.Breaches.CountAsync(Cancel), await db.BreachNotifications.CountAsync(Cancel));
    }
}

public sealed class EmbeddedBreachNoticeTests(EmbeddedBreachNoticeApp app) : BreachNoticeTests<EmbeddedBreachNoticeApp>(app), IClassFixture<EmbeddedBreachNoticeApp>;

public sealed class PostgresBreachNoticeTests(PostgresBreachNoticeApp app) : BreachNoticeTests<PostgresBreachNoticeApp>(app), IClassFixture<PostgresBreachNoticeApp>;
