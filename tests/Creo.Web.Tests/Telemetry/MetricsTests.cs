using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Creo.Domain.Accounts;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// Each of the <c>Creo</c> meter's metrics, driven by the real behaviour (a generation run, a failed one, Stripe's
/// webhook, an erasure) and read as Prometheus reads it, from <c>/metrics</c>; and that endpoint is an admin's alone.
/// </summary>
public sealed class MetricsTests(TelemetryApp app) : IClassFixture<TelemetryApp>
{
    private const string Model = ReplicateStandIn.ImageModelId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/METRICS")]
    [InlineData("/metrics/")]
    [InlineData("/metrics?format=text")]
    [InlineData("/%6Detrics")]
    public async Task The_metrics_are_refused_to_anyone_signed_out(string path)
    {
        using var response = await app.Http.GetAsync(path, Cancel);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metrics_are_an_admins_alone_not_support_staffs_nor_a_persons()
    {
        var person = await app.NewPersonAsync();
        var support = await StaffAsync(Role.Support);
        var admin = await app.AdminAsync();

        using var anonymous = await app.Http.GetAsync("/metrics", Cancel);
        using var asPerson = await person.GetAsync("/metrics");
        using var asSupport = await support.GetAsync("/metrics");
        using var asAdmin = await admin.GetAsync("/metrics");

        // Signed out, a caller that does not ask for JSON is sent to sign in (302), one that does gets 401.
        Assert.Contains(anonymous.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Found });
        Assert.Equal(HttpStatusCode.Forbidden, asPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asSupport.StatusCode);
        Assert.DoesNotContain("# TYPE", await asPerson.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("# TYPE", await asAdmin.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generation_that_succeeds_is_counted_submitted_and_succeeded_by_model_its_run_timed_and_its_credits_granted_and_spent()
    {
        var admin = await app.AdminAsync();
        var before = app.Readings();
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Succeed;

        var id = (await StudioApp.SubmitAsync(user, new { modelId = Model, prompt = "a lighthouse at dusk", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("succeeded", generation.GetProperty("status").GetString());
        var spent = generation.GetProperty("receipt").GetProperty("captured").GetInt64();
        Assert.True(spent > 0);
        await UntilGrownAsync(admin, before, [
            ("creo_generations_submitted_total", [("model", Model)], 1),
            ("creo_generations_succeeded_total", [("model", Model)], 1),
            ("creo_generation_run_duration_seconds_count", [("model", Model), ("outcome", "succeeded")], 1),
            ("creo_credits_granted_total", [("kind", "starter")], 100),
            ("creo_credits_spent_total", [], spent),
        ]);
    }

    [Fact]
    public async Task A_generation_the_model_fails_is_counted_failed_by_model()
    {
        var admin = await app.AdminAsync();
        var before = app.Readings();
        var user = await app.NewPersonAsync();
        app.Replicate.NextOutcome = ReplicateOutcome.Fail;

        var id = (await StudioApp.SubmitAsync(user, new { modelId = Model, prompt = "a storm at sea", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        await UntilGrownAsync(admin, before, [
            ("creo_generations_failed_total", [("model", Model)], 1),
            ("creo_generation_run_duration_seconds_count", [("model", Model), ("outcome", "failed")], 1),
        ]);
    }

    [Fact]
    public async Task A_generation_whose_provider_refuses_its_last_attempt_is_counted_failed_once()
    {
        var admin = await app.AdminAsync();
        var user = await app.NewPersonAsync();
        var before = app.Readings();
        app.Replicate.FailNext(HttpStatusCode.UnprocessableEntity, detail: "- input.prompt: not allowed");

        var id = (await StudioApp.SubmitAsync(user, new { modelId = Model, prompt = "a quiet harbour", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, id);

        Assert.Equal("failed", generation.GetProperty("status").GetString());
        await UntilGrownAsync(admin, before, [("creo_generations_failed_total", [("model", Model)], 1)]);
    }

    [Fact]
    public async Task Stripe_deliveries_are_counted_accepted_duplicate_and_refused_and_a_paid_pack_as_credits_granted()
    {
        var admin = await app.AdminAsync();
        var user = await app.NewPersonAsync();
        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { packId = "pack-100" }))
        {
            Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        }

        var completed = app.Stripe.CheckoutCompletedEvent(app.Stripe.LastCheckout!);
        var before = app.Readings();

        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(completed));
        Assert.Equal(HttpStatusCode.OK, await app.DeliverAsync(completed));
        Assert.Equal(HttpStatusCode.BadRequest, await app.DeliverAsync(completed, app.Stripe.Sign(completed, secret: "whsec_not_ours")));
        using (var forgedReplicate = await app.Http.PostAsync("/api/webhooks/replicate", new StringContent("{\"id\":\"p1\"}", Encoding.UTF8, "application/json"), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forgedReplicate.StatusCode);
        }

        await app.WaitUntilAppliedAsync(JsonNode.Parse(completed)!["id"]!.GetValue<string>());
        await UntilGrownAsync(admin, before, [
            ("creo_webhooks_deliveries_total", [("provider", "stripe"), ("outcome", "accepted")], 1),
            ("creo_webhooks_deliveries_total", [("provider", "stripe"), ("outcome", "duplicate")], 1),
            ("creo_webhooks_deliveries_total", [("provider", "stripe"), ("outcome", "refused")], 1),
            ("creo_webhooks_deliveries_total", [("provider", "replicate"), ("outcome", "refused")], 1),
            ("creo_credits_granted_total", [("kind", "purchase")], 100),
        ]);
    }

    [Fact]
    public async Task An_erasure_is_counted_due_when_it_begins_and_done_when_it_ends()
    {
        var admin = await app.AdminAsync();
        var minor = await app.NewPersonAsync();
        var id = await minor.IdAsync();
        var before = app.Readings();

        using (var removed = await admin.SendAsync(HttpMethod.Post, $"/api/admin/users/{id}/remove-minor", new { reason = "Parent's email: the account holder is 13" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, removed.StatusCode);
        }

        await Eventually.UntilAsync(
            async () =>
            {
                await using var db = app.Database.CreateContext();
                return await db.Users.AnyAsync(u => u.Id == id, Cancel);
            },
            exists => !exists,
            _ => "The account was still there after 30 s.");
        await UntilGrownAsync(admin, before, [("creo_erasures_due_total", [], 1), ("creo_erasures_done_total", [], 1)]);
    }

    /// <summary>
    /// Waits until every metric has grown by at least its step since <paramref name="before"/>, in this host's own
    /// measurements; the scrape must still answer, and its text is in the failure message.
    /// </summary>
    private async Task UntilGrownAsync(SignedInUser admin, HostMeterReadings.Snapshot before, IReadOnlyList<(string Name, (string, string)[] Labels, double Step)> expected)
    {
        await Eventually.UntilAsync(
            () => Task.FromResult(app.Readings()),
            after => expected.All(e => after.Sum(e.Name, e.Labels) - before.Sum(e.Name, e.Labels) >= e.Step),
            after => "Not grown: " + string.Join(", ", expected.Where(e => after.Sum(e.Name, e.Labels) - before.Sum(e.Name, e.Labels) < e.Step)
                .Select(e => $"{e.Name}{{{string.Join(',', e.Labels)}}} by {after.Sum(e.Name, e.Labels) - before.Sum(e.Name, e.Labels)} (expected {e.Step})"))
                + "\n" + after.Text);
        // The scrape still answers an admin; the job queue's gauges are read from this host's meter, not the scrape,
        // for the reason HostMeterReadings gives (in CI the gauge was once missing from a live host's scrape).
        await app.ScrapeAsync(admin);
        Assert.Contains(("creo_jobs_enqueued", ""), app.Readings().Keys);
    }

    private async Task<SignedInUser> StaffAsync(Role role)
    {
        var staff = await app.NewPersonAsync();
        await using var db = app.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == staff.Email, Cancel);
        user.GrantRole(role);
        await db.SaveChangesAsync(Cancel);
        return staff;
    }
}
