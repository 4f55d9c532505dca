using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Billing;

/// <summary>Settings under <c>Stripe__…</c>. Without both secrets there is no payment gateway, and nothing can be bought.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The restricted or secret API key (<c>sk_…</c> / <c>rk_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where API calls go; null means Stripe itself. Tests point it at a local stand-in.</summary>
    [AbsoluteUrlSetting("Stripe__ApiBase")]
    public Uri? ApiBase { get; set; }

    // A gateway that could create checkouts but not read their webhooks would take money it never credits.
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
