using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Policy sections 08 and 09: analytics events count only for a signed-in person who allowed analytics and whose
/// browser sends no Global Privacy Control; otherwise they are dropped without writing anything.
/// </summary>
public abstract class AnalyticsEventsTests<TApp>(TApp app)
    where TApp : AnalyticsApp
{
    private static readonly Dictionary<string, string> Gpc = new() { ["Sec-GPC"] = "1" };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(app.App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task An_event_without_consent_records_nothing()
    {
        var user = await app.NewPersonAsync();
        var before = await SnapshotAsync();

        var recorded = await SendEventAsync(user, new { name = "page_view", page = "/studio" });

        Assert.False(recorded);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_event_with_consent_is_counted_in_the_days_anonymous_aggregate()
    {
        var user = await app.NewPersonAsync();
        await AllowAnalyticsAsync(user);
        var before = await ViewsAsync("/gallery");

        Assert.True(await SendEventAsync(user, new { name = "page_view", page = "/gallery" }));
        Assert.True(await SendEventAsync(user, new { name = "page_view", page = "/gallery" }));

        Assert.Equal(before + 2, await ViewsAsync("/gallery"));
    }

    [Fact]
    public async Task An_event_with_consent_but_sec_gpc_records_nothing()
    {
        var user = await app.NewPersonAsync();
        await AllowAnalyticsAsync(user);
        var before = await SnapshotAsync();

        var recorded = await SendEventAsync(user, new { name = "page_view", page = "/studio" }, Gpc);

        Assert.False(recorded);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_signed_out_event_records_nothing()
    {
        var before = await SnapshotAsync();

        using var response = await app.Http.PostAsJsonAsync("/api/analytics/events", new { name = "page_view", page = "/studio" }, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("recorded").GetBoolean());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("""{ "name": "purchase", "page": "/studio" }""", "name")]
    [InlineData("""{ "name": "page_view", "page": "/studio?prompt=a+cat" }""", "page")]
    [InlineData("""{ "name": "page_view", "page": "ada@example.com viewed the studio" }""", "page")]
    [InlineData("""{ "name": "page_view", "page": "https://elsewhere.example/studio" }""", "page")]
    [InlineData("""{ "name": "page_view" }""", "page")]
    public async Task Bad_input_is_a_400_problem_and_writes_nothing(string body, string field)
    {
        var user = await app.NewPersonAsync();
        await AllowAnalyticsAsync(user);
        var before = await SnapshotAsync();

        using var response = await user.SendContentAsync(HttpMethod.Post, "/api/analytics/events", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_an_event_is_a_400_problem_and_writes_nothing()
    {
        var user = await app.NewPersonAsync();
        await AllowAnalyticsAsync(user);
        var before = await SnapshotAsync();

        using var response = await user.SendContentAsync(HttpMethod.Post, "/api/analytics/events", new StringContent("page_view /studio", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_analytics_cookie_is_set_on_consent_and_cleared_on_withdrawal()
    {
        var user = await app.NewPersonAsync();

        using var allow = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = false });
        var set = Assert.Single(SetCookies(allow), c => c.StartsWith("creo_analytics=", StringComparison.Ordinal));
        using var withdraw = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = false, productEmails = false });
        var cleared = Assert.Single(SetCookies(withdraw), c => c.StartsWith("creo_analytics=", StringComparison.Ordinal));

        // The value is the same for everyone who allowed analytics: nothing of the account or the person is in it.
        Assert.StartsWith("creo_analytics=allowed;", set);
        Assert.DoesNotContain("httponly", set, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
        Assert.False(await SendEventAsync(user, new { name = "page_view", page = "/studio" }));
    }

    [Fact]
    public async Task Only_admins_read_the_daily_aggregates_and_a_bad_range_is_a_400_problem()
    {
        var person = await app.NewPersonAsync();
        await AllowAnalyticsAsync(person);
        Assert.True(await SendEventAsync(person, new { name = "page_view", page = "/credits" }));
        var admin = await app.AdminAsync();
        var day = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var anonymous = await app.Http.GetAsync($"/api/admin/analytics/daily?from={day}&to={day}", Cancel);
        using var notAdmin = await person.GetAsync($"/api/admin/analytics/daily?from={day}&to={day}");
        var report = await admin.GetJsonAsync<JsonElement>($"/api/admin/analytics/daily?from={day}&to={day}");
        using var backwards = await admin.GetAsync($"/api/admin/analytics/daily?from={day}&to=2020-01-01");
        using var unreadable = await admin.GetAsync($"/api/admin/analytics/daily?from=yesterday&to={day}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        var credits = Assert.Single(report.GetProperty("pageViews").EnumerateArray(), v => v.GetProperty("page").GetString() == "/credits");
        Assert.Equal(day, credits.GetProperty("day").GetString());
        Assert.True(credits.GetProperty("views").GetInt64() >= 1);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("usage").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.True(JsonDocument.Parse(await unreadable.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors").TryGetProperty("from", out _));
    }

    private static async Task AllowAnalyticsAsync(SignedInUser user)
    {
        using var response = await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = false });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<bool> SendEventAsync(SignedInUser user, object body, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await user.SendContentAsync(HttpMethod.Post, "/api/analytics/events", JsonContent.Create(body), headers);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("recorded").GetBoolean();
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private async Task<long> ViewsAsync(string page)
    {
        await using var db = app.Database.CreateContext();
        return await db.DailyPageViews.Where(v => v.Day == Today && v.Page == page).Select(v => v.Views).SingleOrDefaultAsync(Cancel);
    }

    /// <summary>Every row of every aggregate and every consent record, as text: any write at all changes it.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = app.Database.CreateContext();
        var views = await db.DailyPageViews.OrderBy(v => v.Day).ThenBy(v => v.Page).Select(v => $"{v.Day}|{v.Page}|{v.Views}").ToListAsync(Cancel);
        var usage = await db.DailyUsage.CountAsync(Cancel);
        var consents = await db.ConsentRecords.CountAsync(Cancel);
        return $"{string.Join(";", views)} usage={usage} consents={consents}";
    }
}

public sealed class EmbeddedAnalyticsEventsTests(EmbeddedAnalyticsApp app) : AnalyticsEventsTests<EmbeddedAnalyticsApp>(app), IClassFixture<EmbeddedAnalyticsApp>;

public sealed class PostgresAnalyticsEventsTests(PostgresAnalyticsApp app) : AnalyticsEventsTests<PostgresAnalyticsApp>(app), IClassFixture<PostgresAnalyticsApp>;
