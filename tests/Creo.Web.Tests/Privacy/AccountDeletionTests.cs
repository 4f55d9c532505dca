using System.Net;
using System.Text.Json;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy.RunAccountErasure;
using Creo.Application.Privacy.StartDueErasures;
using Creo.Testing;
using Creo.Web.Tests.Billing;
using Creo.Web.Tests.Generations;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// The right to erasure (policy sections 06 and 07), tried as a person would: a request ends every session, signing in
/// again can cancel it, and after the date nothing of the person is left in any table or in storage but an anonymised
/// invoice.
/// </summary>
public abstract class AccountDeletionTests<TApp>(TApp app)
    where TApp : ErasureApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deletion_request_ends_every_session_and_signing_in_again_can_cancel_it()
    {
        var user = await app.NewPersonAsync();
        var otherDevice = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, user.Email, "OtherBrowser/2.0");
        var oldSession = user.SessionCookie;

        using var requested = await user.SendAsync(HttpMethod.Post, "/api/privacy/deletion");
        var scheduled = await JsonAsync(requested);

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var scheduledFor = scheduled.GetProperty("scheduledFor").GetDateTimeOffset();
        Assert.InRange(app.App.Clock.GetUtcNow().AddDays(14) - scheduledFor, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithSessionAsync(oldSession));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithSessionAsync(otherDevice.SessionCookie));
        var notice = Assert.Single(Mailbox.To(app.DataDirectory, user.Email), m => m.Subject == "Your Crëo account will be deleted");
        Assert.Contains(scheduledFor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), notice.TextBody, StringComparison.Ordinal);
        Assert.Contains(scheduledFor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), MailParts.Of(notice).Html, StringComparison.Ordinal);

        var again = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, user.Email);
        var pending = await again.GetJsonAsync<JsonElement>("/api/privacy/deletion");
        Assert.Contains("Your account is scheduled for deletion.", await (await again.GetAsync("/studio")).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var cancelled = await again.SendAsync(HttpMethod.Delete, "/api/privacy/deletion");
        using var nothingPending = await again.GetAsync("/api/privacy/deletion");
        using var cancelledTwice = await again.SendAsync(HttpMethod.Delete, "/api/privacy/deletion");

        Assert.Equal(scheduledFor, pending.GetProperty("scheduledFor").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nothingPending.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelledTwice.StatusCode);
        Assert.DoesNotContain("Your account is scheduled for deletion.", await (await again.GetAsync("/studio")).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var log = await again.GetJsonAsync<JsonElement>("/api/me/security-log");
        var kinds = log.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("deletion-requested", kinds);
        Assert.Contains("deletion-cancelled", kinds);
    }

    /// <summary>
    /// Asking for deletion and keeping the account after all, through the privacy center's own forms, leaves the
    /// person's choices exactly as they were: on stays on, off stays off.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cancelling_a_deletion_leaves_the_analytics_choice_as_it_was(bool analytics)
    {
        var user = await app.NewPersonAsync();
        using (var saved = await PostPrivacyCenterFormAsync(user, "Consents", new() { ["Analytics"] = analytics ? "true" : "false", ["ProductEmails"] = "true" }))
        {
            Assert.Equal("/privacy/center?done=consents-saved#consents", saved.Headers.Location?.ToString());
        }

        Assert.Equal(analytics, (await user.GetJsonAsync<JsonElement>("/api/privacy/consents")).GetProperty("analytics").GetBoolean());
        using (var refused = await PostPrivacyCenterFormAsync(user, "Delete", []))
        {
            var html = await refused.Content.ReadAsStringAsync(Cancel);
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest && html.Contains("Tick the box to confirm", StringComparison.Ordinal), html);
            Assert.Equal(analytics, AnalyticsBoxTicked(html));
        }

        using (var requested = await PostPrivacyCenterFormAsync(user, "Delete", new() { ["ConfirmDeletion"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        }

        var again = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, user.Email);
        using (await again.GetAsync("/privacy/center"))
        using (var kept = await PostPrivacyCenterFormAsync(again, "KeepAccount", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        }

        var consents = await again.GetJsonAsync<JsonElement>("/api/privacy/consents");
        Assert.Equal((analytics, true), (consents.GetProperty("analytics").GetBoolean(), consents.GetProperty("productEmails").GetBoolean()));
        using var page = await again.GetAsync("/privacy/center?done=deletion-cancelled");
        Assert.Equal(analytics, AnalyticsBoxTicked(await page.Content.ReadAsStringAsync(Cancel)));
    }

    [Fact]
    public async Task After_the_deletion_date_nothing_of_the_person_is_left_in_any_table_or_in_storage_but_an_anonymised_invoice()
    {
        var (user, person) = await SomeoneWhoUsedEverythingAsync();
        var storage = app.App.Services.GetRequiredService<IObjectStorage>();
        Assert.NotEmpty(await storage.ListAsync($"users/{person.UserId:N}/", Cancel));

        using var requested = await user.SendAsync(HttpMethod.Post, "/api/privacy/deletion");
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Guid receiptId;
        await using (var db = app.Database.CreateContext())
        {
            receiptId = await db.AccountDeletions.Where(d => d.UserId == person.UserId).Select(d => d.Id).SingleAsync(Cancel);
        }

        // The request log is written behind the requests; in life two weeks pass before erasure, here it must catch up.
        await Eventually.UntilAsync(
            async () =>
            {
                await using var db = app.Database.CreateContext();
                return await db.RequestLogs.AnyAsync(e => e.UserId == person.UserId && e.Path == "/api/privacy/deletion", Cancel);
            },
            logged => logged,
            _ => "The deletion request was never logged.");
        app.App.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromHours(1));
        await RunJobAsync(new StartDueErasuresJob());
        await Eventually.UntilAsync(
            async () =>
            {
                await using var db = app.Database.CreateContext();
                return await db.ErasureReceipts.AnyAsync(r => r.Id == receiptId, Cancel);
            },
            finished => finished,
            _ => "The erasure did not finish in 30 s.");

        foreach (var (what, needle) in person.Needles)
        {
            Assert.True((await DatabaseText.ColumnsContainingAsync(app.Database, needle)).Count == 0,
                $"The person's {what} is still stored in {string.Join(", ", await DatabaseText.ColumnsContainingAsync(app.Database, needle))}.");
        }

        Assert.Empty(await storage.ListAsync($"users/{person.UserId:N}/", Cancel));
        Assert.DoesNotContain(await storage.ListAsync("users/", Cancel), key => key.Contains($"{person.UserId:N}", StringComparison.OrdinalIgnoreCase));
        await using (var db = app.Database.CreateContext())
        {
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.ProviderInvoiceId == person.InvoiceId, Cancel);
            Assert.Equal((null, null, 1200L), (invoice.UserId, invoice.HostedInvoiceUrl, invoice.AmountPaid));
            var receipt = await db.ErasureReceipts.AsNoTracking().SingleAsync(r => r.Id == receiptId, Cancel);
            Assert.Equal((1, 1), (receipt.SubscriptionsCancelled, receipt.InvoicesAnonymised));
        }

        Assert.Contains(person.SubscriptionId, app.Stripe.CanceledSubscriptionIds);
        Assert.Contains(person.CustomerId, app.Stripe.DeletedCustomerIds);
        var goodbye = Assert.Single(Mailbox.To(app.DataDirectory, user.Email), m => m.Subject == "Your Crëo account has been erased");
        Assert.Contains(receiptId.ToString(), goodbye.TextBody, StringComparison.Ordinal);
        Assert.Contains(receiptId.ToString(), MailParts.Of(goodbye).Html, StringComparison.Ordinal);

        // The address is free again: signing in makes a new, empty account.
        var newcomer = await app.NewPersonAsync(user.Email);
        Assert.NotEqual(person.UserId.ToString(), (await newcomer.GetJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString());
        Assert.Equal(StudioApp.StarterGrant, (await newcomer.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    [Fact]
    public async Task Nothing_is_erased_before_the_date_and_nothing_at_all_once_the_person_cancelled()
    {
        var user = await app.NewPersonAsync();
        using var requested = await user.SendAsync(HttpMethod.Post, "/api/privacy/deletion");
        var me = await SignedInUser.SignInAsync(app.Http, app.DataDirectory, user.Email);

        Guid deletionId;
        await using (var db = app.Database.CreateContext())
        {
            var userId = Guid.Parse((await me.GetJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString()!);
            deletionId = await db.AccountDeletions.Where(d => d.UserId == userId).Select(d => d.Id).SingleAsync(Cancel);
        }

        // The daily job decides synchronously: what it enqueued (nothing for this person) is the state to check.
        app.App.Clock.Advance(TimeSpan.FromDays(13));
        await RunJobAsync(new StartDueErasuresJob());
        Assert.DoesNotContain(ErasuresQueued(), job => job.DeletionId == deletionId);
        Assert.Equal(HttpStatusCode.OK, (await me.GetAsync("/api/me")).StatusCode);

        using var cancelled = await me.SendAsync(HttpMethod.Delete, "/api/privacy/deletion");
        app.App.Clock.Advance(TimeSpan.FromDays(2));
        await RunJobAsync(new StartDueErasuresJob());

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.DoesNotContain(ErasuresQueued(), job => job.DeletionId == deletionId);
        Assert.Equal(HttpStatusCode.OK, (await me.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>A person with data in every module: a name, an upload, a generation, consents, a request and a paid subscription.</summary>
    private async Task<(SignedInUser User, Person Person)> SomeoneWhoUsedEverythingAsync()
    {
        var user = await app.NewPersonAsync();
        var me = await user.GetJsonAsync<JsonElement>("/api/me");
        var userId = Guid.Parse(me.GetProperty("id").GetString()!);
        var name = $"Ada Erasable {Guid.NewGuid():N}";
        using (var renamed = await user.SendAsync(HttpMethod.Patch, "/api/me", new { name }))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        using (var upload = await StudioApp.UploadAsync(user, StudioApp.Jpeg(64, 48), "me.jpg"))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var prompt = $"a portrait only this person asked for {Guid.NewGuid():N}";
        var generation = await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt, parameters = new { width = 256, height = 256 } });
        await StudioApp.WaitUntilFinishedAsync(user, generation.GetProperty("id").GetString()!);
        using (await user.SendAsync(HttpMethod.Put, "/api/privacy/consents", new { analytics = true, productEmails = true }))
        using (await user.SendAsync(HttpMethod.Post, "/api/privacy/requests", new { type = "access", details = $"Everything about {name}" }))
        using (var checkout = await user.SendAsync(HttpMethod.Post, "/api/billing/checkout", new { planId = "creator" }))
        {
            Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        }

        var customerId = app.Stripe.LastCheckout!.CustomerId!;
        var subscriptionId = $"sub_{Guid.NewGuid():N}";
        var invoiceId = $"in_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        var metadata = new Dictionary<string, string> { ["creo_user_id"] = userId.ToString(), ["creo_reference"] = "creator" };
        Assert.Equal(HttpStatusCode.OK, await DeliverAsync(app.Stripe.SubscriptionUpdatedEvent(
            subscriptionId, customerId, BillingApp.CreatorPrice, "active", now, now.AddMonths(1), now, "customer.subscription.created", metadata: metadata)));
        Assert.Equal(HttpStatusCode.OK, await DeliverAsync(app.Stripe.InvoicePaidEvent(invoiceId, customerId, subscriptionId, BillingApp.CreatorPrice, 1200, now, now.AddMonths(1))));
        await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>("/api/billing/invoices"),
            invoices => invoices.GetArrayLength() == 1,
            invoices => $"The invoice was not recorded: {invoices}");
        await Eventually.UntilAsync(
            async () => (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("tier").GetString(),
            tier => tier == "creator",
            tier => $"The tier stayed {tier}.");

        var needles = new Dictionary<string, string>
        {
            ["id"] = userId.ToString(),
            ["id (in keys)"] = userId.ToString("N"),
            ["email"] = user.Email,
            ["name"] = name,
            ["prompt"] = prompt,
            ["payment customer"] = customerId,
            ["subscription"] = subscriptionId,
        };
        return (user, new Person(userId, customerId, subscriptionId, invoiceId, needles));
    }

    /// <summary>Signed at the app's own time: other tests of this class move its clock days ahead, past Stripe's five-minute tolerance.</summary>
    private Task<HttpStatusCode> DeliverAsync(string payload) =>
        BillingApp.DeliverAsync(app.Http, app.Stripe, payload, app.Stripe.Sign(payload, timestamp: app.App.Clock.GetUtcNow()));

    /// <summary>A form of the privacy center, sent as the browser sends it (antiforgery token and all).</summary>
    private static Task<HttpResponseMessage> PostPrivacyCenterFormAsync(SignedInUser user, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = user.CsrfToken!;
        return user.SendContentAsync(HttpMethod.Post, $"/privacy/center?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static bool AnalyticsBoxTicked(string html) =>
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<input id=""analytics""[^>]*\bchecked\b");

    private async Task<HttpStatusCode> MeWithSessionAsync(string sessionToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"creo_session={sessionToken}");
        using var response = await app.Http.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private IReadOnlyList<RunAccountErasureJob> ErasuresQueued() => QueuedJobs.Of<RunAccountErasureJob>(app.App.Services.GetRequiredService<JobStorage>());

    private async Task RunJobAsync<TJob>(TJob job)
        where TJob : IJob
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobHandler<TJob>>().RunAsync(job, Cancel);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();

    private sealed record Person(Guid UserId, string CustomerId, string SubscriptionId, string InvoiceId, IReadOnlyDictionary<string, string> Needles);
}

public sealed class EmbeddedAccountDeletionTests(EmbeddedErasureApp app) : AccountDeletionTests<EmbeddedErasureApp>(app), IClassFixture<EmbeddedErasureApp>;

public sealed class PostgresAccountDeletionTests(PostgresErasureApp app) : AccountDeletionTests<PostgresErasureApp>(app), IClassFixture<PostgresErasureApp>;
