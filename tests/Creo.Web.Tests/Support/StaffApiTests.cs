using System.Net;
using System.Text.Json;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Support;

/// <summary>Support staff answering people (issue 7): audited reads with a reason, credit corrections, suspension, minors, roles.</summary>
public sealed class StaffApiTests(StaffApp app) : IClassFixture<StaffApp>
{
    private const string Reason = "Ticket 4711: the person asked about a failed generation";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> StaffRoutes => new()
    {
        { "GET", "/api/admin/users?query=artist&reason=x" },
        { "GET", $"/api/admin/users/{Guid.Empty}?reason=x" },
        { "GET", $"/api/admin/users/{Guid.Empty}/generations?reason=x" },
        { "POST", $"/api/admin/users/{Guid.Empty}/credits" },
        { "POST", $"/api/admin/users/{Guid.Empty}/suspend" },
        { "POST", $"/api/admin/users/{Guid.Empty}/reinstate" },
        { "POST", $"/api/admin/users/{Guid.Empty}/remove-minor" },
        { "PUT", $"/api/admin/users/{Guid.Empty}/roles" },
        { "GET", "/api/admin/audit-log" },
        { "POST", "/api/admin/policies" },
    };

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task A_plain_user_gets_403_and_a_stranger_401_on_every_staff_route(string method, string path)
    {
        var user = await app.NewPersonAsync();

        using var asUser = await user.SendAsync(new HttpMethod(method), path, new { amount = 5, reason = "x", roles = new[] { "admin" } });
        using var anonymous = await app.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("/admin", false)]
    [InlineData("/admin/requests", false)]
    [InlineData("/admin/users/00000000-0000-0000-0000-000000000001", false)]
    [InlineData("/admin/breaches", true)]
    public async Task The_staff_pages_refuse_everyone_else_and_the_breach_page_refuses_support(string path, bool adminsOnly)
    {
        var user = await app.NewPersonAsync();
        var support = await app.SupportAsync();

        using var asUser = await user.GetAsync(path);
        using var asSupport = await support.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, asUser.StatusCode);
        Assert.Equal(adminsOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK, asSupport.StatusCode);
    }

    [Fact]
    public async Task A_support_read_needs_a_reason_is_audited_and_shows_in_the_persons_security_log_and_never_shows_prompts_or_media()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);
        var prompt = $"a private prompt {Guid.NewGuid():N}";
        var generation = await StudioApp.SubmitAsync(person, new { modelId = "local-sketch", prompt, parameters = new { width = 256, height = 256 } });
        var finished = await StudioApp.WaitUntilFinishedAsync(person, generation.GetProperty("id").GetString()!);
        var mediaUrl = new Uri(finished.GetProperty("outputs")[0].GetProperty("url").GetString()!, UriKind.RelativeOrAbsolute);

        using var withoutReason = await support.GetAsync($"/api/admin/users/{id}");
        var account = await support.GetJsonAsync<JsonElement>($"/api/admin/users/{id}?reason={Uri.EscapeDataString(Reason)}");
        using var history = await support.GetAsync($"/api/admin/users/{id}/generations?reason={Uri.EscapeDataString(Reason)}");
        var found = await support.GetJsonAsync<JsonElement>($"/api/admin/users?query={Uri.EscapeDataString(person.Email[..12])}&reason={Uri.EscapeDataString(Reason)}");

        using var mediaForStaff = await support.GetAsync(mediaUrl.IsAbsoluteUri ? mediaUrl.PathAndQuery : mediaUrl.ToString());
        Assert.Equal(HttpStatusCode.NotFound, mediaForStaff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(person.Email, account.GetProperty("email").GetString());
        Assert.Equal(StudioApp.StarterGrant - generation.GetProperty("creditCost").GetInt64(), account.GetProperty("creditBalance").GetInt64());
        var historyText = await history.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(generation.GetProperty("id").GetString(), JsonDocument.Parse(historyText).RootElement[0].GetProperty("id").GetString());
        Assert.DoesNotContain(prompt, historyText, StringComparison.Ordinal);
        Assert.Contains(found.EnumerateArray(), a => a.GetProperty("id").GetString() == id.ToString());
        var log = (await person.GetJsonAsync<JsonElement>("/api/me/security-log")).EnumerateArray().ToList();
        var staffReads = log.Where(e => e.GetProperty("kind").GetString() == "staff-access").Select(e => e.GetProperty("detail").GetString()).ToList();
        Assert.Equal(2, staffReads.Count);
        Assert.All(staffReads, detail => Assert.Contains(Reason, detail, StringComparison.Ordinal));
        await using var db = app.Database.CreateContext();
        var audited = await db.StaffAuditEntries.Where(e => e.SubjectUserId == id).Select(e => e.Action).ToListAsync(Cancel);
        Assert.Equal(["read-account", "read-generations"], audited.Order());
    }

    [Fact]
    public async Task A_credit_adjustment_appears_in_the_persons_ledger_with_its_reason_and_cannot_take_more_than_the_balance()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);

        using var added = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 20, reason = "Goodwill: a run failed twice" });
        using var tooMuch = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = -1000, reason = "Wrong" });
        using var noReason = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 5, reason = "" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var ledger = await person.GetJsonAsync<JsonElement>("/api/credits");
        Assert.Equal(StudioApp.StarterGrant + 20, ledger.GetProperty("balance").GetInt64());
        Assert.Contains(ledger.GetProperty("entries").EnumerateArray(), e => e.GetProperty("reason").GetString() == "Goodwill: a run failed twice" && e.GetProperty("amount").GetInt64() == 20);

        // A correction is no read of the person's data: their log names it for what it is.
        var log = (await person.GetJsonAsync<JsonElement>("/api/me/security-log")).EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Detail: e.GetProperty("detail").GetString())).ToList();
        Assert.DoesNotContain(log, e => e.Kind == "staff-access");
        var correction = Assert.Single(log, e => e.Kind == "staff-credit-correction");
        Assert.Equal("+20 credits. Reason given: Goodwill: a run failed twice", correction.Detail);
    }

    [Fact]
    public async Task A_suspended_person_is_signed_out_at_once_and_can_sign_in_again_once_reinstated()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);

        using var suspended = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/suspend", new { reason = "Chargeback fraud under review" });
        using var signedOut = await person.GetAsync("/api/me");
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignedInUser.SignInAsync(app.Http, app.DataDirectory, person.Email));
        using var reinstated = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/reinstate", new { reason = "Review closed: no fraud" });
        var back = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, person.Email);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Unauthorized, HttpStatusCode.NoContent), (suspended.StatusCode, signedOut.StatusCode, reinstated.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_reported_minors_account_is_gone_at_once_without_a_grace_period()
    {
        // An admin's removal; support's only files one for an admin (StaffPowersTests).
        var admin = await app.AdminAsync();
        var minor = await app.NewPersonAsync();
        var id = await app.IdOfAsync(minor);

        using var removed = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/remove-minor", new { reason = "Parent's email: the account holder is 13" });

        Assert.Equal(HttpStatusCode.Accepted, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await minor.GetAsync("/api/me")).StatusCode);
        await app.WaitUntilAccountIsGoneAsync(id);
        await using var check = app.Database.CreateContext();
        var entry = await check.StaffAuditEntries.SingleAsync(e => e.Action == "remove-minor" && e.Reason.StartsWith("Parent's email"), Cancel);
        Assert.Null(entry.SubjectUserId);
    }

    [Fact]
    public async Task Only_an_admin_sets_roles_and_the_audit_log_is_for_admins()
    {
        var admin = await app.AdminAsync();
        var support = await app.SupportAsync();
        var colleague = await app.NewPersonAsync();
        var id = await app.IdOfAsync(colleague);

        using var bySupport = await support.SendAsync(HttpMethod.Put, $"/api/admin/users/{id}/roles", new { roles = new[] { "support" }, reason = "New hire" });
        using var byAdmin = await admin.SendAsync(HttpMethod.Put, $"/api/admin/users/{id}/roles", new { roles = new[] { "support" }, reason = "New hire" });
        using var unknownRole = await admin.SendAsync(HttpMethod.Put, $"/api/admin/users/{id}/roles", new { roles = new[] { "owner" }, reason = "x" });
        using var auditBySupport = await support.GetAsync("/api/admin/audit-log");
        var audit = await admin.GetJsonAsync<JsonElement>("/api/admin/audit-log");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest), (bySupport.StatusCode, byAdmin.StatusCode, unknownRole.StatusCode));
        Assert.Contains("support", (await colleague.GetJsonAsync<JsonElement>("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, auditBySupport.StatusCode);
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "change-roles" && e.GetProperty("staffEmail").GetString() == StaffAppBase.AdminEmail);
    }

    [Fact]
    public async Task An_admin_publishes_a_material_policy_version_which_support_cannot_and_bad_input_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var support = await app.SupportAsync();
        var effective = app.App.Clock.GetUtcNow().AddDays(30);

        using var bySupport = await support.SendAsync(HttpMethod.Post, "/api/admin/policies", new { version = 2, effectiveAt = effective, material = true, text = "02 What changed" });
        using var empty = await admin.SendAsync(HttpMethod.Post, "/api/admin/policies", new { version = 2, effectiveAt = effective, material = true, text = "" });
        using var published = await admin.SendAsync(HttpMethod.Post, "/api/admin/policies", new { version = 2, effectiveAt = effective, material = true, text = "02 What changed" });
        using var again = await admin.SendAsync(HttpMethod.Post, "/api/admin/policies", new { version = 2, effectiveAt = effective, material = false, text = "again" });

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Created, HttpStatusCode.Conflict),
            (bySupport.StatusCode, empty.StatusCode, published.StatusCode, again.StatusCode));
        await using var db = app.Database.CreateContext();
        Assert.Equal(1, await db.PolicyVersions.CountAsync(p => p.Version == 2, Cancel));
    }
}
