using System.Globalization;
using System.Net;
using System.Text.Json;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// The support desk for privacy requests (policy section 07, "We reply within 30 days"; issue 7 item 3): overdue
/// first, requests that arrived by mail, answers and extensions mailed to the person, staff only.
/// </summary>
public abstract class PrivacyDeskTests<TApp>(TApp app)
    where TApp : PrivacyDeskApp
{
    private const string Desk = "/api/admin/privacy-requests";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_plain_user_gets_403_and_a_signed_out_caller_401_on_every_desk_route_and_nothing_changes()
    {
        var person = await app.PersonAsync();
        var request = await app.ReceivedAsync(await app.UserIdAsync(person), app.Now.AddDays(-2));
        var count = await app.RequestCountAsync();
        (HttpMethod Method, string Path, object? Body)[] routes =
        [
            (HttpMethod.Get, Desk, null),
            (HttpMethod.Get, $"{Desk}?status=overdue", null),
            (HttpMethod.Post, Desk, new { email = person.Email, type = "access", details = "", receivedAt = app.Now }),
            (HttpMethod.Post, $"{Desk}/{request.Id}/complete", new { outcome = "Done." }),
            (HttpMethod.Post, $"{Desk}/{request.Id}/extend", new { days = 5, reason = "Because." }),
        ];

        foreach (var (method, path, body) in routes)
        {
            using var asPerson = await person.SendAsync(method, path, body);
            using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
            using var signedOut = await app.Http.SendAsync(message, Cancel);

            Assert.True(asPerson.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} as a plain user: {(int)asPerson.StatusCode}");
            Assert.True(signedOut.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} signed out: {(int)signedOut.StatusCode}");
        }

        var stored = await app.StoredAsync(request.Id);
        Assert.Equal((count, request.DueAt, (DateTimeOffset?)null), (await app.RequestCountAsync(), stored.DueAt, stored.CompletedAt));
    }

    [Fact]
    public async Task An_overdue_request_is_listed_first_with_the_requesters_email()
    {
        var support = await app.SupportAsync();
        var person = await app.PersonAsync();
        var userId = await app.UserIdAsync(person);
        var open = await app.ReceivedAsync(userId, app.Now.AddDays(-10), "Correct my name.", Creo.Domain.Privacy.PrivacyRequestType.Correct);
        var longOverdue = await app.ReceivedAsync(userId, app.Now.AddDays(-45), "Everything you hold.");
        var overdue = await app.ReceivedAsync(userId, app.Now.AddDays(-35));
        var answered = await app.ReceivedAsync(userId, app.Now.AddDays(-50));
        using (var complete = await support.SendAsync(HttpMethod.Post, $"{Desk}/{answered.Id}/complete", new { outcome = "Sent." }))
        {
            Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        }

        var list = (await support.GetJsonAsync<JsonElement>($"{Desk}?status=open&limit=200")).EnumerateArray().ToList();
        var onlyOverdue = await support.GetJsonAsync<JsonElement>($"{Desk}?status=overdue&limit=200");
        var completed = await support.GetJsonAsync<JsonElement>($"{Desk}?status=completed&limit=200");

        var flags = list.Select(r => r.GetProperty("overdue").GetBoolean()).ToList();
        Assert.Equal(flags.OrderByDescending(f => f), flags);
        var dues = list.Select(r => r.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dues.Order(), dues);
        var ids = list.Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.True(ids.IndexOf(longOverdue.Id) < ids.IndexOf(overdue.Id) && ids.IndexOf(overdue.Id) < ids.IndexOf(open.Id), string.Join(", ", ids));
        Assert.DoesNotContain(answered.Id, ids);

        var first = list.Single(r => r.GetProperty("id").GetGuid() == longOverdue.Id);
        Assert.Equal(
            (person.Email, "access", "Everything you hold.", "web", "overdue", true, longOverdue.DueAt),
            (first.GetProperty("email").GetString(), first.GetProperty("type").GetString(), first.GetProperty("details").GetString(),
                first.GetProperty("source").GetString(), first.GetProperty("status").GetString(), first.GetProperty("overdue").GetBoolean(),
                first.GetProperty("dueAt").GetDateTimeOffset()));
        Assert.False(list.Single(r => r.GetProperty("id").GetGuid() == open.Id).GetProperty("overdue").GetBoolean());
        Assert.All(onlyOverdue.EnumerateArray(), r => Assert.True(r.GetProperty("overdue").GetBoolean()));
        Assert.Contains(overdue.Id, onlyOverdue.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(open.Id, onlyOverdue.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        var done = completed.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == answered.Id);
        Assert.Equal(("completed", "Sent."), (done.GetProperty("status").GetString(), done.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task An_emailed_request_is_logged_for_the_account_with_that_address_and_due_30_days_after_receipt()
    {
        var support = await app.SupportAsync();
        var person = await app.PersonAsync();
        var receivedAt = app.Now.AddDays(-3);

        using var response = await support.SendAsync(HttpMethod.Post, Desk, new
        {
            email = $"  {person.Email.ToUpperInvariant()} ",
            type = "port",
            details = "Please send my images as a ZIP.",
            receivedAt,
        });

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var logged = JsonDocument.Parse(body).RootElement;
        var stored = await app.StoredAsync(logged.GetProperty("id").GetGuid());
        Assert.Equal(
            (await app.UserIdAsync(person), "email", receivedAt, receivedAt.AddDays(30)),
            (stored.UserId, stored.Source, stored.ReceivedAt, stored.DueAt));
        Assert.Equal((person.Email, receivedAt.AddDays(30), false), (logged.GetProperty("email").GetString(), logged.GetProperty("dueAt").GetDateTimeOffset(), logged.GetProperty("overdue").GetBoolean()));
        var own = await person.GetJsonAsync<JsonElement>("/api/privacy/requests");
        Assert.Equal(stored.Id, Assert.Single(own.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_admin_may_use_the_desk_and_an_unknown_address_is_a_404_problem_that_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var count = await app.RequestCountAsync();

        using var response = await admin.SendAsync(HttpMethod.Post, Desk, new { email = "nobody-here@example.com", type = "delete", details = "", receivedAt = app.Now });
        using var list = await admin.GetAsync(Desk);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(count, await app.RequestCountAsync());
    }

    [Fact]
    public async Task Completing_mails_the_outcome_and_a_second_completion_or_extension_is_409()
    {
        var support = await app.SupportAsync();
        var person = await app.PersonAsync();
        var request = await app.ReceivedAsync(await app.UserIdAsync(person), app.Now.AddDays(-5));

        using var first = await support.SendAsync(HttpMethod.Post, $"{Desk}/{request.Id}/complete", new { outcome = "We corrected your display name." });
        using var second = await support.SendAsync(HttpMethod.Post, $"{Desk}/{request.Id}/complete", new { outcome = "Again." });
        using var extend = await support.SendAsync(HttpMethod.Post, $"{Desk}/{request.Id}/extend", new { days = 10, reason = "Late." });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (second.StatusCode, extend.StatusCode));
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var stored = await app.StoredAsync(request.Id);
        Assert.Equal(("We corrected your display name.", request.DueAt), (stored.Outcome, stored.DueAt));
        Assert.NotNull(stored.CompletedAt);
        var mail = Assert.Single(Mailbox.To(app.DataDirectory, person.Email), m => m.Subject == "Your privacy request has been answered");
        Assert.Contains("We corrected your display name.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("We corrected your display name.", MailParts.Of(mail).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Mailbox.To(app.DataDirectory, person.Email), m => m.Subject == "We need more time for your privacy request");
    }

    [Fact]
    public async Task Extending_mails_the_reason_and_moves_the_due_date()
    {
        var support = await app.SupportAsync();
        var person = await app.PersonAsync();
        var request = await app.ReceivedAsync(await app.UserIdAsync(person), app.Now.AddDays(-20));

        using var response = await support.SendAsync(HttpMethod.Post, $"{Desk}/{request.Id}/extend", new { days = 14, reason = "Your archive spans many years." });

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(request.DueAt.AddDays(14), JsonDocument.Parse(body).RootElement.GetProperty("dueAt").GetDateTimeOffset());
        var listed = (await support.GetJsonAsync<JsonElement>($"{Desk}?status=open&limit=200")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == request.Id);
        Assert.Equal((request.DueAt.AddDays(14), "Your archive spans many years."), (listed.GetProperty("dueAt").GetDateTimeOffset(), listed.GetProperty("extensionReason").GetString()));
        var mail = Assert.Single(Mailbox.To(app.DataDirectory, person.Email), m => m.Subject == "We need more time for your privacy request");
        Assert.Contains("Your archive spans many years.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your archive spans many years.", MailParts.Of(mail).Html, StringComparison.Ordinal);
        Assert.Contains(request.DueAt.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_desk_act_names_the_staff_member_in_the_audit_log()
    {
        var support = await app.SupportAsync();
        var supportId = await app.UserIdAsync(support);
        var person = await app.PersonAsync();
        var personId = await app.UserIdAsync(person);
        var received = await app.ReceivedAsync(personId, app.Now.AddDays(-4));

        using var logged = await support.SendAsync(HttpMethod.Post, Desk, new { email = person.Email, type = "access", details = "By mail.", receivedAt = app.Now.AddDays(-1) });
        using var extended = await support.SendAsync(HttpMethod.Post, $"{Desk}/{received.Id}/extend", new { days = 10, reason = "Your archive spans many years." });
        using var completed = await support.SendAsync(HttpMethod.Post, $"{Desk}/{received.Id}/complete", new { outcome = "Sent." });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (logged.StatusCode, extended.StatusCode, completed.StatusCode));
        await using var db = app.Database.CreateContext();
        var entries = await db.StaffAuditEntries.AsNoTracking().Where(e => e.SubjectUserId == personId).ToListAsync(Cancel);
        Assert.Equal(["answer-privacy-request", "extend-privacy-request", "log-privacy-request"], entries.Select(e => e.Action).Order());
        Assert.All(entries, e => Assert.Equal(supportId, e.StaffUserId));
        Assert.Contains(entries, e => e.Action == "extend-privacy-request" && e.Reason.Contains("Your archive spans many years.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_cannot_answer_or_extend_their_own_request_and_nothing_changes()
    {
        var support = await app.SupportAsync();
        var own = await app.ReceivedAsync(await app.UserIdAsync(support), app.Now.AddDays(-3));

        using var completed = await support.SendAsync(HttpMethod.Post, $"{Desk}/{own.Id}/complete", new { outcome = "Done, by me." });
        using var extended = await support.SendAsync(HttpMethod.Post, $"{Desk}/{own.Id}/extend", new { days = 60, reason = "I am busy." });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (completed.StatusCode, extended.StatusCode));
        Assert.Equal("application/problem+json", completed.Content.Headers.ContentType?.MediaType);
        var stored = await app.StoredAsync(own.Id);
        Assert.Equal((own.DueAt, (DateTimeOffset?)null), (stored.DueAt, stored.CompletedAt));
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_and_writes_nothing()
    {
        var support = await app.SupportAsync();
        var person = await app.PersonAsync();
        var request = await app.ReceivedAsync(await app.UserIdAsync(person), app.Now.AddDays(-5));
        var count = await app.RequestCountAsync();
        (string Path, object Body, string Field)[] bad =
        [
            ($"{Desk}/{request.Id}/complete", new { outcome = "  " }, "outcome"),
            ($"{Desk}/{request.Id}/complete", new { }, "outcome"),
            ($"{Desk}/{request.Id}/extend", new { days = 0, reason = "Complex." }, "days"),
            ($"{Desk}/{request.Id}/extend", new { days = -3, reason = "Complex." }, "days"),
            ($"{Desk}/{request.Id}/extend", new { days = 10 }, "reason"),
            ($"{Desk}/{request.Id}/extend", new { days = 10, reason = "Read <a href=\"https://evil.example\">this</a>." }, "reason"),
            (Desk, new { email = person.Email, type = "access", details = "", receivedAt = app.Now.AddHours(2) }, "receivedAt"),
            (Desk, new { email = person.Email, type = "access", details = "", receivedAt = app.Now.AddDays(-31) }, "receivedAt"),
            (Desk, new { email = person.Email, type = "access", details = "" }, "receivedAt"),
            (Desk, new { email = person.Email, type = "sell", details = "", receivedAt = app.Now }, "type"),
            (Desk, new { email = "not-an-address", type = "access", details = "", receivedAt = app.Now }, "email"),
        ];

        foreach (var (path, body, field) in bad)
        {
            using var response = await support.SendAsync(HttpMethod.Post, path, body);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} {JsonSerializer.Serialize(body)}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {text}");
        }

        using var unknownStatus = await support.GetAsync($"{Desk}?status=someday");
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.StatusCode);
        var stored = await app.StoredAsync(request.Id);
        Assert.Equal((count, request.DueAt, (DateTimeOffset?)null, (string?)null), (await app.RequestCountAsync(), stored.DueAt, stored.CompletedAt, stored.ExtensionReason));
        Assert.DoesNotContain(Mailbox.To(app.DataDirectory, person.Email), m => m.Subject != "Your Crëo sign-in link");
    }
}

public sealed class EmbeddedPrivacyDeskTests(EmbeddedPrivacyDeskApp app) : PrivacyDeskTests<EmbeddedPrivacyDeskApp>(app), IClassFixture<EmbeddedPrivacyDeskApp>;

public sealed class PostgresPrivacyDeskTests(PostgresPrivacyDeskApp app) : PrivacyDeskTests<PostgresPrivacyDeskApp>(app), IClassFixture<PostgresPrivacyDeskApp>;
