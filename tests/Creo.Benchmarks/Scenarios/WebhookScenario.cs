using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Creo.Benchmarks.Measuring;
using Creo.Testing;

namespace Creo.Benchmarks.Scenarios;

/// <summary>
/// Stripe's webhook under load: signed <c>invoice.paid</c> deliveries (<c>Stripe-Signature: t=…,v1=…</c>, HMAC-SHA256
/// over the raw body, as Stripe signs them) for distinct subscribers' invoices, posted over real HTTP to the real
/// app on PostgreSQL with Hangfire's workers running, from one sender and from several at once. The endpoint only
/// verifies and records; a job applies each event. So two rates: accepted (every delivery answered 200) and applied
/// (every recorded event applied, waited for as state). A share is delivered again — the same event retried, and the
/// same invoice under a new event id — and afterwards every invoice must have granted exactly once.
/// </summary>
public sealed class WebhookScenario : IScenario
{
    private static readonly int[] SenderCounts = [1, 8];

    public string Name => "webhooks";

    public async Task RunAsync(Report report, Scale scale)
    {
        await using var stripe = await StripeStandIn.StartAsync();
        var settings = new Dictionary<string, string?>().WithStripe(stripe);

        // Retries that arrive together race to the inbox's key; the loser is answered 200 as a redelivery, but EF Core
        // logs the refused insert as an error with its stack trace first: expected here, and noise in the output.
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Critical";
        await using var app = await BenchApp.StartAsync(runJobs: true, settings);
        var invoices = scale.WebhookInvoices;
        var warmUp = Math.Max(10, invoices / 10);
        var subscribers = await WebhookSubscribers.SeedAsync(app, warmUp + (invoices * SenderCounts.Length));

        // Warm-up (JIT, pools, the workers' first poll, the stand-in): its figures are dropped, its grants checked.
        var warm = WebhookPhase.Build(stripe, subscribers[..warmUp]);
        await MeasureAsync(app, stripe, warm, senders: 4);
        await WebhookChecks.AssertGrantedOnceAsync(app, warm);

        var rows = new List<IReadOnlyList<string>>();
        var next = warmUp;
        foreach (var senders in SenderCounts)
        {
            var phase = WebhookPhase.Build(stripe, subscribers[next..(next + invoices)]);
            next += invoices;
            var (accepted, applied) = await MeasureAsync(app, stripe, phase, senders);
            var grants = await WebhookChecks.AssertGrantedOnceAsync(app, phase);
            Console.WriteLine(
                $"    {senders} sender(s): {phase.Deliveries.Count} deliveries accepted at {accepted.PerSecond:0}/s (p50 {accepted.Latencies.P50:0.0} ms, p99 {accepted.Latencies.P99:0.0} ms); {phase.EventCount} events applied at {phase.EventCount / applied.TotalSeconds:0}/s; {grants.Once} of {invoices} invoices granted once");
            rows.Add([
                senders.ToString(CultureInfo.InvariantCulture),
                $"{Report.Count(phase.Deliveries.Count)} ({Report.Count(phase.Retries)} retried, {Report.Count(phase.Reissued)} under a new event id)",
                $"**{Report.Number(accepted.PerSecond, "0")}**", Report.Ms(accepted.Latencies.P50), Report.Ms(accepted.Latencies.P99),
                $"**{Report.Number(phase.EventCount / applied.TotalSeconds, "0")}**", $"{Report.Number(applied.TotalSeconds)} s",
                $"{Report.Count(grants.Once)} of {Report.Count(invoices)}", Report.Count(grants.Twice), Report.Count(grants.Never),
            ]);
        }

        report.Section(
            "Stripe webhook ingestion",
            $"Signed `invoice.paid` deliveries (`Stripe-Signature: t=…,v1=…`, HMAC-SHA256 over the raw body, signed as they are sent) for {Report.Count(invoices)} distinct subscribers' invoices per row, posted over real HTTP to `/api/billing/stripe-webhook` from one sender and from several at once, with Hangfire's workers ({Environment.ProcessorCount * 2} here) running on PostgreSQL, after a warm-up of {warmUp}. The endpoint verifies the signature, records the event in the inbox (its id is the key) and answers; `ApplyPaymentEventJob` then applies it: the invoice, the purchase (asking Stripe — the local stand-in — for the invoice's payment) and the subscription grant. Every 10th invoice is delivered a second time right after the first (Stripe's retry, the same event id) and every 20th once more under a new event id (the same fact in another event). **Accepted** is deliveries answered 200 per second at the endpoint; **applied** is distinct events applied per second from the first delivery until the last was applied (waited for as the inbox's state). Afterwards each invoice must hold exactly one subscription grant under `invoice:{{id}}` and one purchase: the last three columns count invoices granted once (all), more than once and never (both must be 0).");
        report.Table(["senders", "deliveries", "accepted / s", "p50", "p99", "applied / s", "all applied after", "granted once", "granted twice", "never granted"], rows);
    }

    /// <summary>Delivers the phase from <paramref name="senders"/> concurrent senders, then waits until every one of its events is applied.</summary>
    private static async Task<(Load.Result Accepted, TimeSpan Applied)> MeasureAsync(BenchApp app, StripeStandIn stripe, WebhookPhase phase, int senders)
    {
        var before = await WebhookChecks.InboxAsync(app);
        var started = Stopwatch.GetTimestamp();
        var accepted = await Load.RunAsync(phase.Deliveries.Count, senders, i => DeliverAsync(app, stripe, phase.Deliveries[i]));
        var expected = before.Recorded + phase.EventCount;
        await Eventually.UntilAsync(
            () => WebhookChecks.InboxAsync(app),
            inbox => inbox.Recorded == expected && inbox.Applied == expected,
            inbox => $"{inbox.Applied - before.Applied} of {phase.EventCount} events applied ({inbox.Recorded - before.Recorded} recorded, {inbox.Failing} with an error).",
            TimeSpan.FromMinutes(10));
        return (accepted, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Posts one delivery as Stripe does: the raw JSON, signed now with the endpoint's secret; anything but 200 stops the run.</summary>
    private static async Task DeliverAsync(BenchApp app, StripeStandIn stripe, string payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/stripe-webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", stripe.Sign(payload));
        using var response = await app.Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
