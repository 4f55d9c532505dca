namespace Creo.Application.Common.Telemetry;

/// <summary>How a webhook delivery ended, as the <c>outcome</c> tag of <c>creo.webhooks.deliveries</c>.</summary>
public enum WebhookOutcome
{
    /// <summary>Signed and new: recorded or acted on.</summary>
    Accepted,

    /// <summary>Refused with a 4xx (a bad signature, a body that is not an event, a provider not configured).</summary>
    Refused,

    /// <summary>Signed, but an event already in the inbox: a redelivery, answered 200 and written nowhere.</summary>
    Duplicate,

    /// <summary>The app failed (5xx): the provider will deliver it again.</summary>
    Failed,
}
