using Creo.Infrastructure.Billing;

namespace Creo.Web.Billing;

/// <summary>
/// Where the billing page's forms may lead. A form's POST answers with a redirect to Stripe's checkout or customer
/// portal, and browsers hold the redirect to the page's <c>form-action</c> policy, so the page names Stripe's origins
/// (and the stand-in's, when <c>Stripe__ApiBase</c> points elsewhere) and no other page does.
/// </summary>
internal static class StripePages
{
    private static readonly string[] StripeOrigins = ["https://checkout.stripe.com", "https://billing.stripe.com"];

    public static IReadOnlyList<string> Origins(StripeOptions options) =>
        options.ApiBase is { } apiBase ? [.. StripeOrigins, apiBase.GetLeftPart(UriPartial.Authority)] : StripeOrigins;
}
