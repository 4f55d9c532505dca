using System.Net;
using Creo.Domain.Accounts;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using static Creo.Web.Tests.Support.StaffPages;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Support;

/// <summary>
/// Issue 15, staff pages: the account page answers "why did my credits drop?" (ledger and staff acts, an audited
/// read), acts that cannot be undone are confirmed by a sealed token bound to exactly whom they affect, and neither a
/// searched address nor a reason ever travels in an address.
/// </summary>
public abstract class StaffPagesTests<TApp>(TApp app)
    where TApp : StaffAppBase
{
    private const string Reason = "Ticket 4242: why did my credits drop";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_account_page_shows_the_ledger_and_the_staff_acts_with_model_names_and_reading_it_is_audited()
    {
        var support = await app.SupportAsync();
        var supportId = await app.IdOfAsync(support);
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);
        var generation = await StudioApp.SubmitAsync(person, new { modelId = "local-sketch", prompt = "a lighthouse", parameters = new { width = 256, height = 256 } });
        await StudioApp.WaitUntilFinishedAsync(person, generation.GetProperty("id").GetString()!);
        using (var corrected = await support.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/credits", new { amount = 7, reason = "Refund of a failed run" }))
        {
            Assert.True(corrected.StatusCode == HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Cancel));
        }

        using var page = await PostAsync(support, $"/admin/users/{id}?handler=Open", new() { ["Reason"] = Reason });

        var html = await page.Content.ReadAsStringAsync(Cancel);
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        var ledger = Section(html, "staff-ledger");
        Assert.Contains("Refund of a failed run", ledger, StringComparison.Ordinal);
        Assert.Contains("painterly", ledger, StringComparison.Ordinal);
        Assert.DoesNotContain(">local-sketch<", html, StringComparison.Ordinal);
        var acts = Section(html, "staff-acts");
        Assert.Contains("Corrected the credits", acts, StringComparison.Ordinal);
        Assert.Contains(support.Email, acts, StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        var read = await db.StaffAuditEntries.SingleAsync(e => e.SubjectUserId == id && e.Action == "read-activity", Cancel);
        Assert.Equal((supportId, Reason), (read.StaffUserId, read.Reason));
        Assert.True(await db.SecurityEvents.AnyAsync(e => e.UserId == id && e.Detail!.Contains("credit history") && e.Detail.Contains(Reason), Cancel));
    }

    [Fact]
    public async Task Neither_a_searched_address_nor_a_reason_travels_in_an_address_and_a_reason_in_the_query_opens_nothing()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);

        using var search = await PostAsync(support, "/admin", new() { ["Query"] = person.Email, ["Reason"] = Reason });
        var results = await search.Content.ReadAsStringAsync(Cancel);
        using var opened = await PostAsync(support, $"/admin/users/{id}?handler=Open", new() { ["Reason"] = Reason });
        var account = await opened.Content.ReadAsStringAsync(Cancel);
        using var credits = await PostAsync(support, $"/admin/users/{id}?handler=Credits", new() { ["Reason"] = Reason, ["Amount"] = "3", ["ActionReason"] = "Goodwill" });
        using var byQuery = await support.GetAsync($"/admin/users/{id}?reason={Uri.EscapeDataString(Reason)}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (search.StatusCode, opened.StatusCode, credits.StatusCode));
        Assert.Contains(person.Email, results, StringComparison.Ordinal);
        foreach (var html in new[] { results, account, await credits.Content.ReadAsStringAsync(Cancel) })
        {
            foreach (var address in Addresses(html))
            {
                Assert.DoesNotContain(Uri.EscapeDataString(person.Email), address, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(person.Email, address, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Ticket", address, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("reason=", address, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Null(credits.Headers.Location);
        Assert.DoesNotContain(person.Email, await byQuery.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.Equal(1, await db.StaffAuditEntries.CountAsync(e => e.SubjectUserId == id && e.Action == "adjust-credits", Cancel));
    }

    [Fact]
    public async Task A_resent_credit_form_corrects_once()
    {
        var support = await app.SupportAsync();
        var person = await app.NewPersonAsync();
        var id = await app.IdOfAsync(person);
        var key = Guid.NewGuid().ToString("N");

        for (var send = 0; send < 2; send++)
        {
            using var sent = await PostAsync(support, $"/admin/users/{id}?handler=Credits", new() { ["Reason"] = Reason, ["Amount"] = "5", ["ActionReason"] = "Goodwill", ["OperationId"] = key });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        // The ledger holds one correction: the balance moved once.
        var credits = await person.GetJsonAsync<System.Text.Json.JsonElement>("/api/credits");
        Assert.Equal(StudioApp.StarterGrant + 5, credits.GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task An_admin_confirms_a_minors_removal_seeing_whom_it_erases_and_a_changed_or_borrowed_confirmation_is_refused()
    {
        var admin = await app.AdminAsync();
        var otherAdmin = await app.AnotherAdminAsync();
        var support = await app.SupportAsync();
        var minor = await app.NewPersonAsync();
        var minorId = await app.IdOfAsync(minor);
        var bystander = await app.NewPersonAsync();
        var bystanderId = await app.IdOfAsync(bystander);

        using var asked = await PostAsync(admin, $"/admin/users/{minorId}?handler=RemoveMinor", new() { ["Reason"] = Reason, ["ActionReason"] = "Parent's email: the holder is 13" });
        var confirmation = await asked.Content.ReadAsStringAsync(Cancel);
        Assert.True(asked.StatusCode == HttpStatusCode.OK, confirmation);
        Assert.Contains(minor.Email, Section(confirmation, "confirm-removal"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await minor.GetAsync("/api/me")).StatusCode);
        var token = TokenIn(confirmation);

        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        using var changed = await PostAsync(admin, $"/admin/users/{minorId}?handler=ConfirmRemoveMinor", new() { ["Confirmation"] = tampered });
        using var elsewhere = await PostAsync(admin, $"/admin/users/{bystanderId}?handler=ConfirmRemoveMinor", new() { ["Confirmation"] = token });
        using var byOtherAdmin = await PostAsync(otherAdmin, $"/admin/users/{minorId}?handler=ConfirmRemoveMinor", new() { ["Confirmation"] = token });
        using var bySupport = await PostAsync(support, $"/admin/users/{minorId}?handler=ConfirmRemoveMinor", new() { ["Confirmation"] = token });

        foreach (var refused in new[] { changed, elsewhere, byOtherAdmin, bySupport })
        {
            var body = await refused.Content.ReadAsStringAsync(Cancel);
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{refused.RequestMessage?.RequestUri}: {(int)refused.StatusCode}");
            Assert.Contains("This confirmation cannot be used", body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await minor.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bystander.GetAsync("/api/me")).StatusCode);
        await using (var db = app.Database.CreateContext())
        {
            Assert.False(await db.StaffAuditEntries.AnyAsync(e => (e.SubjectUserId == minorId || e.SubjectUserId == bystanderId) && e.Action.Contains("remove-minor"), Cancel));
        }

        using var confirmed = await PostAsync(admin, $"/admin/users/{minorId}?handler=ConfirmRemoveMinor", new() { ["Confirmation"] = token });
        var done = await confirmed.Content.ReadAsStringAsync(Cancel);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, done);
        Assert.Contains("was removed as a minor", Section(done, "removal-done"), StringComparison.Ordinal);
        Assert.Contains(minor.Email, done, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await minor.GetAsync("/api/me")).StatusCode);
        await app.WaitUntilAccountIsGoneAsync(minorId);
    }

    [Fact]
    public async Task Supports_removal_form_only_files_a_report_and_asks_for_no_confirmation()
    {
        var support = await app.SupportAsync();
        var minor = await app.NewPersonAsync();
        var minorId = await app.IdOfAsync(minor);

        using var filed = await PostAsync(support, $"/admin/users/{minorId}?handler=RemoveMinor", new() { ["Reason"] = Reason, ["ActionReason"] = "Parent's email" });

        var html = await filed.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.DoesNotContain("data-testid=\"confirm-removal\"", html, StringComparison.Ordinal);
        Assert.Contains("The report is filed", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await minor.GetAsync("/api/me")).StatusCode);
    }
}

public sealed class PostgresStaffPagesTests(StaffApp app) : StaffPagesTests<StaffApp>(app), IClassFixture<StaffApp>;

public sealed class EmbeddedStaffPagesTests(EmbeddedStaffApp app) : StaffPagesTests<EmbeddedStaffApp>(app), IClassFixture<EmbeddedStaffApp>;
