using System.Net;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Support;

/// <summary>
/// Issue 14 item 5, "support outranks admin": the attacks a support member tried (granting themselves credits,
/// suspending the only admin) and the rules that stop them — no staff member acts on their own account, only admins
/// act on staff accounts, support's credit corrections are capped, a minor's removal by support waits for an admin,
/// and reasons are plain text.
/// </summary>
public abstract class StaffPowersTests<TApp>(TApp app)
    where TApp : StaffAppBase
{
    private const string Reason = "Ticket 5150: checking the report";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_cannot_grant_themselves_credits_suspend_or_remove_themselves_or_change_their_own_roles()
    {
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var admin = await app.AdminAsync();
        var adminId = await app.IdOfAsync(admin);

        using var ownCredits = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{supportId}/credits", new { amount = 300, reason = "I deserve it" });
        using var ownSuspension = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{supportId}/suspend", new { reason = "Testing" });
        using var ownRemoval = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{supportId}/remove-minor", new { reason = "Testing" });
        using var ownDisputeHold = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{supportId}/lift-dispute-hold", new { reason = "Mine" });
        using var adminOwnCredits = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{adminId}/credits", new { amount = 300, reason = "Mine" });
        using var adminOwnRoles = await admin.SendAsync(HttpMethod.Put, $"/api/admin/users/{adminId}/roles", new { roles = new[] { "admin", "support" }, reason = "Mine" });

        foreach (var response in new[] { ownCredits, ownSuspension, ownRemoval, ownDisputeHold, adminOwnCredits, adminOwnRoles })
        {
            await AssertForbiddenProblemAsync(response);
        }

        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync("/api/me")).StatusCode);
        Assert.Equal(StudioApp.StarterGrant, (await support.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
        Assert.Equal(StudioApp.StarterGrant, (await admin.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
        await using var db = app.Database.CreateContext();
        // The admin is shared by the class's tests, so only the refused acts of this test are looked for: nothing about
        // the new support member, and nothing the admin did to themselves.
        Assert.False(await db.StaffAuditEntries.AnyAsync(e => e.SubjectUserId == supportId || (e.SubjectUserId == adminId && e.StaffUserId == adminId && e.Action != "read-account"), Cancel));
        Assert.False(await db.AccountDeletions.AnyAsync(d => d.UserId == supportId, Cancel));
    }

    [Fact]
    public async Task Support_cannot_act_on_an_admin_or_on_another_support_member_and_an_admin_can()
    {
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var colleague = await app.SupportAsync();
        var colleagueId = await app.IdOfAsync(colleague);
        var admin = await app.AdminAsync();
        var adminId = await app.IdOfAsync(admin);

        using var suspendAdmin = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{adminId}/suspend", new { reason = "Taking over" });
        using var creditAdmin = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{adminId}/credits", new { amount = -5, reason = "Taking over" });
        using var removeAdmin = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{adminId}/remove-minor", new { reason = "Taking over" });
        using var suspendColleague = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{colleagueId}/suspend", new { reason = "Rivalry" });
        using var creditColleague = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{colleagueId}/credits", new { amount = 900, reason = "A favour" });
        using var reinstateColleague = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{colleagueId}/reinstate", new { reason = "A favour" });
        using var liftColleaguesHold = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{colleagueId}/lift-dispute-hold", new { reason = "A favour" });

        foreach (var response in new[] { suspendAdmin, creditAdmin, removeAdmin, suspendColleague, creditColleague, reinstateColleague, liftColleaguesHold })
        {
            await AssertForbiddenProblemAsync(response);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/api/me")).StatusCode);
        Assert.Equal(StudioApp.StarterGrant, (await colleague.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
        await using (var db = app.Database.CreateContext())
        {
            // The admin is shared by the class's tests: what this support member did to them is what must be absent.
            Assert.False(await db.StaffAuditEntries.AnyAsync(e => e.SubjectUserId == colleagueId || (e.SubjectUserId == adminId && e.StaffUserId == supportId), Cancel));
        }

        using var byAdmin = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{colleagueId}/suspend", new { reason = "Misuse of the staff area" });
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await colleague.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_support_correction_over_the_per_correction_cap_is_refused_and_writes_nothing_and_an_admin_can_make_it()
    {
        var support = await app.SupportAsync();
        var admin = await app.AdminAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);

        using var tooLarge = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 1001, reason = "Goodwill" });
        using var tooLargeBack = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = -1001, reason = "Take it all" });
        await AssertForbiddenProblemAsync(tooLarge);
        await AssertForbiddenProblemAsync(tooLargeBack);
        Assert.Equal(StudioApp.StarterGrant, await BalanceAsync(person));

        using var atTheCap = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 1000, reason = "Goodwill" });
        using var byAdmin = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 30_000, reason = "Contract with the studio" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (atTheCap.StatusCode, byAdmin.StatusCode));
        Assert.Equal(StudioApp.StarterGrant + 1000 + 30_000, await BalanceAsync(person));
    }

    [Fact]
    public async Task Support_cannot_exceed_the_daily_cap_even_with_many_corrections_at_once()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);

        // Eight corrections of 1,000 at once against a daily cap of 5,000: exactly five may pass, whatever the timing.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(n =>
            support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 1000, reason = $"Goodwill {n}" })));
        using var oneMore = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = -1, reason = "Correction" });

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK).Append(oneMore))
        {
            await AssertForbiddenProblemAsync(refused);
        }

        Assert.Equal(StudioApp.StarterGrant + 5000, await BalanceAsync(person));
        await using var db = app.Database.CreateContext();
        Assert.Equal(5, await db.StaffAuditEntries.CountAsync(e => e.SubjectUserId == id && e.Action == "adjust-credits", Cancel));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Supports_minor_removal_is_only_filed_and_the_erasure_starts_when_an_admin_confirms_it()
    {
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var admin = await app.AdminAsync();
        var adminId = await app.IdOfAsync(admin);
        var minor = await app.NewPersonAsync();
        var id = await app.IdOfAsync(minor);

        using var filed = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/remove-minor", new { reason = "Parent's email: the holder is 13" });

        var filedBody = await filed.Content.ReadAsStringAsync(Cancel);
        Assert.True(filed.StatusCode == HttpStatusCode.Accepted, filedBody);
        Assert.Equal("pending", JsonDocument.Parse(filedBody).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await minor.GetAsync("/api/me")).StatusCode);
        await using (var db = app.Database.CreateContext())
        {
            Assert.False(await db.AccountDeletions.AnyAsync(d => d.UserId == id, Cancel));
            var entry = await db.StaffAuditEntries.SingleAsync(e => e.SubjectUserId == id, Cancel);
            Assert.Equal(("file-remove-minor", supportId), (entry.Action, entry.StaffUserId));
        }

        var read = await admin.GetJsonAsync<JsonElement>($"/api/admin/users/{id}?reason={Uri.EscapeDataString(Reason)}");
        Assert.True(read.GetProperty("minorRemovalFiledAt").ValueKind == JsonValueKind.String, read.ToString());

        using var confirmed = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/remove-minor", new { reason = "Confirmed: the parent's email is genuine" });

        var confirmedBody = await confirmed.Content.ReadAsStringAsync(Cancel);
        Assert.True(confirmed.StatusCode == HttpStatusCode.Accepted, confirmedBody);
        Assert.Equal("erasing", JsonDocument.Parse(confirmedBody).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await minor.GetAsync("/api/me")).StatusCode);
        await app.WaitUntilAccountIsGoneAsync(id);
        await using var check = app.Database.CreateContext();
        var confirmation = await check.StaffAuditEntries.SingleAsync(e => e.Action == "remove-minor" && e.Reason == "Confirmed: the parent's email is genuine", Cancel);
        Assert.Equal(adminId, confirmation.StaffUserId);
    }

    [Fact]
    public async Task The_staff_pages_obey_the_same_rules_as_the_api()
    {
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var admin = await app.AdminAsync();
        var adminId = await app.IdOfAsync(admin);
        var minor = await app.NewPersonAsync();
        var minorId = await app.IdOfAsync(minor);

        using var ownCredits = await PostFormAsync(support, supportId, "Credits", new() { ["Amount"] = "300", ["ActionReason"] = "I deserve it" });
        using var suspendAdmin = await PostFormAsync(support, adminId, "Suspend", new() { ["ActionReason"] = "Taking over" });
        using var overTheCap = await PostFormAsync(support, minorId, "Credits", new() { ["Amount"] = "5000", ["ActionReason"] = "Goodwill" });
        using var reported = await PostFormAsync(support, minorId, "RemoveMinor", new() { ["ActionReason"] = "Parent's email" });
        using var markup = await PostFormAsync(support, minorId, "Open", new() { ["Reason"] = "<b>why</b>" });

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest),
            (ownCredits.StatusCode, suspendAdmin.StatusCode, overTheCap.StatusCode, reported.StatusCode, markup.StatusCode));
        Assert.Contains("The report is filed", await reported.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(StudioApp.StarterGrant, await BalanceAsync(support));
        Assert.Equal(StudioApp.StarterGrant, await BalanceAsync(minor));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await minor.GetAsync("/api/me")).StatusCode);
        await using var db = app.Database.CreateContext();
        // A refused form shows the account again, which is an audited read; the only act is the filed report.
        var acts = await db.StaffAuditEntries.Where(e => e.StaffUserId == supportId && !e.Action.StartsWith("read-")).Select(e => e.Action).ToListAsync(Cancel);
        Assert.Equal(["file-remove-minor"], acts);
    }

    [Fact]
    public async Task A_refused_staff_form_answers_the_status_the_api_does_and_writes_nothing()
    {
        // Issue 19 item 2: one place decides an error's status. The staff page answered a broken rule (lifting a
        // dispute hold that is not there) with 400 where the API says 409.
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var person = await app.NewPersonAsync();
        var personId = await app.IdOfAsync(person);

        using var api = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{personId}/lift-dispute-hold", new { reason = Reason });
        using var page = await PostFormAsync(support, personId, "LiftDisputeHold", new() { ["ActionReason"] = Reason });
        var body = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (api.StatusCode, page.StatusCode));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no disputed payment on hold", body, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", body, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        var acts = await db.StaffAuditEntries.Where(e => e.StaffUserId == supportId && e.SubjectUserId == personId && !e.Action.StartsWith("read-")).CountAsync(Cancel);
        Assert.Equal(0, acts);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("See <a href=\"https://evil.example\">this</a>")]
    [InlineData("Line one\u0007bell")]
    public async Task A_reason_with_markup_or_control_characters_is_a_400_problem_and_writes_nothing(string reason)
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);
        var escaped = Uri.EscapeDataString(reason);

        using var read = await support.GetAsync($"/api/admin/users/{id}?reason={escaped}");
        using var history = await support.GetAsync($"/api/admin/users/{id}/generations?reason={escaped}");
        using var search = await support.GetAsync($"/api/admin/users?query={Uri.EscapeDataString(person.Email)}&reason={escaped}");
        using var credits = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 5, reason });
        using var suspend = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/suspend", new { reason });

        foreach (var response in new[] { read, history, search, credits, suspend })
        {
            await AssertValidationProblemAsync(response, "reason");
        }

        await AssertNothingWrittenForAsync(person, id);
    }

    [Fact]
    public async Task A_reason_over_the_length_cap_is_a_400_problem_and_writes_nothing()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);
        var reason = new string('a', 501);

        using var read = await support.GetAsync($"/api/admin/users/{id}?reason={reason}");
        using var credits = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 5, reason });

        await AssertValidationProblemAsync(read, "reason");
        await AssertValidationProblemAsync(credits, "reason");
        await AssertNothingWrittenForAsync(person, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%20%20%20%20")]
    [InlineData("%20a%20")]
    public async Task A_search_with_an_empty_query_lists_nobody(string query)
    {
        var support = await app.SupportAsync();
        await app.NewPersonAsync();

        using var response = await support.GetAsync($"/api/admin/users?query={query}&reason={Uri.EscapeDataString(Reason)}");

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("@example.com", body, StringComparison.Ordinal);
    }

    private async Task AssertNothingWrittenForAsync(SignedInUser person, Guid id)
    {
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/me")).StatusCode);
        Assert.Equal(StudioApp.StarterGrant, await BalanceAsync(person));
        await using var db = app.Database.CreateContext();
        Assert.False(await db.StaffAuditEntries.AnyAsync(e => e.SubjectUserId == id, Cancel));
    }

    /// <summary>A form of the staff account page, sent as the browser sends it (antiforgery token and the reason in the body).</summary>
    private static Task<HttpResponseMessage> PostFormAsync(SignedInUser staff, Guid id, string handler, Dictionary<string, string> fields)
    {
        fields.TryAdd("Reason", Reason);
        return StaffPages.PostAsync(staff, $"/admin/users/{id}?handler={handler}", fields);
    }

    private static async Task<long> BalanceAsync(SignedInUser person) =>
        (await person.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64();

    private static async Task AssertForbiddenProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {body}");
    }
}

public sealed class PostgresStaffPowersTests(StaffApp app) : StaffPowersTests<StaffApp>(app), IClassFixture<StaffApp>;

public sealed class EmbeddedStaffPowersTests(EmbeddedStaffApp app) : StaffPowersTests<EmbeddedStaffApp>(app), IClassFixture<EmbeddedStaffApp>;
