namespace Creo.Application.Common.Telemetry;

/// <summary>
/// One request's webhook delivery, scoped to it: the inbox says when the event was a redelivery, and the webhook
/// route, which counts every delivery once, reads that when it counts.
/// </summary>
public sealed class WebhookDelivery
{
    public bool WasDuplicate { get; private set; }

    public void MarkDuplicate() => WasDuplicate = true;
}
