using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Billing;

/// <summary>
/// Crëo with Stripe configured against the local stand-in (production's shape: PostgreSQL, Hangfire on
/// PostgreSQL; <see cref="EmbeddedBillingApp"/> is the embedded default's), one plan per tier and one credit pack.
/// </summary>
public class BillingApp : StudioApp
{
    public BillingApp()
        : base(DatabaseProvider.Postgres)
    {
    }

    protected BillingApp(DatabaseProvider provider)
        : base(provider)
    {
    }

    public const string CreatorPrice = StripePlans.CreatorPrice;
    public const string StudioPrice = StripePlans.StudioPrice;
    public const string PackPrice = StripePlans.PackPrice;

    /// <summary>An admin (and so staff) account, for what support does after reviewing a dispute.</summary>
    public const string AdminEmail = "billing-admin@creo.test";

    public StripeStandIn Stripe { get; private set; } = null!;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Posts a payload to the webhook as Stripe would, signed unless told otherwise.</summary>
    public Task<HttpStatusCode> DeliverAsync(string payload, string? signature = null) => DeliverAsync(Http, Stripe, payload, signature);

    public static async Task<HttpStatusCode> DeliverAsync(HttpClient http, StripeStandIn stripe, string payload, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/stripe-webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? stripe.Sign(payload));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>
    /// Waits until every recorded event whose payload names <paramref name="marker"/> (an event, invoice or subscription
    /// id) is applied: the state that says the webhook's work is done, so what a test asserts next cannot pass merely
    /// because the work was slow. Redeliveries of a recorded event write nothing and queue nothing, so none is pending.
    /// </summary>
    public Task WaitUntilAppliedAsync(string marker, int expectedEvents = 1) =>
        Eventually.UntilAsync(
            async () =>
            {
                await using var db = Database.CreateContext();
                return await db.PaymentEvents.AsNoTracking().Where(e => e.Payload.Contains(marker))
                    .Select(e => e.AppliedAt).ToListAsync(TestContext.Current.CancellationToken);
            },
            applied => applied.Count == expectedEvents && applied.All(at => at is not null),
            applied => $"{applied.Count(at => at is not null)} of {applied.Count} events naming {marker} applied (expected {expectedEvents}).");

    /// <summary>Delivers a signed event and waits until its apply job has marked it applied in the inbox.</summary>
    public async Task DeliverAndWaitUntilAppliedAsync(string payload)
    {
        Assert.Equal(HttpStatusCode.OK, await DeliverAsync(payload));
        await WaitUntilAppliedAsync(JsonNode.Parse(payload)!["id"]!.GetValue<string>());
    }

    /// <summary>Waits for the apply job: polls the balance until <paramref name="expected"/> (or fails after 30 s).</summary>
    public static Task WaitForBalanceAsync(SignedInUser user, long expected) =>
        Eventually.UntilAsync(
            async () => (await user.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64(),
            balance => balance == expected,
            balance => $"The balance stayed {balance}, expected {expected}.");

    protected override async Task BeforeStartAsync() => Stripe = await StripeStandIn.StartAsync();

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings.WithStripe(Stripe);
        settings["Creo:AdminEmails"] = AdminEmail;
    }
}

/// <summary>Billing on the embedded default (SQLite, in-memory jobs), for webhook effects that must hold on both databases.</summary>
public sealed class EmbeddedBillingApp() : BillingApp(DatabaseProvider.Sqlite);
