using System.Diagnostics.Metrics;

namespace Creo.Application.Common.Telemetry;

/// <summary>
/// The <c>Creo</c> meter: what an operator needs to tell whether generations, payments, erasures and webhooks are
/// healthy (docs/operations.md). Tags are catalog model ids, provider names and fixed outcome words only — never a
/// prompt, an email address, a token or a person's id, and never anything a caller typed (values are counted only
/// after the command succeeded, so an unknown model id never becomes a tag).
/// </summary>
public sealed class CreoMetrics
{
    public const string MeterName = "Creo";

    private readonly Counter<long> submitted;
    private readonly Counter<long> succeeded;
    private readonly Counter<long> failed;
    private readonly Histogram<double> runDuration;
    private readonly Counter<long> webhookDeliveries;
    private readonly Counter<long> creditsGranted;
    private readonly Counter<long> creditsSpent;
    private readonly Counter<long> erasuresDue;
    private readonly Counter<long> erasuresDone;

    public CreoMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        submitted = meter.CreateCounter<long>("creo.generations.submitted", "{generation}", "Generations accepted, by model");
        succeeded = meter.CreateCounter<long>("creo.generations.succeeded", "{generation}", "Generations finished with outputs, by model");
        failed = meter.CreateCounter<long>("creo.generations.failed", "{generation}", "Generations that failed (credits returned), by model");
        runDuration = meter.CreateHistogram<double>(
            "creo.generation.run.duration",
            "s",
            "From a run's start to its end, by model and outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600] });
        webhookDeliveries = meter.CreateCounter<long>("creo.webhooks.deliveries", "{delivery}", "Webhook deliveries, by provider and outcome (accepted, refused, duplicate)");
        creditsGranted = meter.CreateCounter<long>("creo.credits.granted", "{credit}", "Credits granted, by kind");
        creditsSpent = meter.CreateCounter<long>("creo.credits.spent", "{credit}", "Credits charged for finished generations");
        erasuresDue = meter.CreateCounter<long>("creo.erasures.due", "{erasure}", "Account erasures begun (their grace period over)");
        erasuresDone = meter.CreateCounter<long>("creo.erasures.done", "{erasure}", "Account erasures completed");
    }

    public void GenerationSubmitted(string modelId) => submitted.Add(1, new KeyValuePair<string, object?>("model", modelId));

    public void GenerationFinished(string modelId, bool success, TimeSpan? runTime)
    {
        var model = new KeyValuePair<string, object?>("model", modelId);
        (success ? succeeded : failed).Add(1, model);
        if (runTime is { } elapsed)
        {
            runDuration.Record(elapsed.TotalSeconds, model, new KeyValuePair<string, object?>("outcome", success ? "succeeded" : "failed"));
        }
    }

    public void WebhookDelivered(string provider, WebhookOutcome outcome) =>
        webhookDeliveries.Add(1, new("provider", provider), new("outcome", outcome.ToString().ToLowerInvariant()));

    public void CreditsGranted(long amount, string kind) => creditsGranted.Add(amount, new KeyValuePair<string, object?>("kind", kind));

    public void CreditsSpent(long amount) => creditsSpent.Add(amount);

    public void ErasureDue() => erasuresDue.Add(1);

    public void ErasureDone() => erasuresDone.Add(1);
}
