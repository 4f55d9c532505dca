using Creo.Infrastructure.Billing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Creo.Web.Billing;

/// <summary>
/// Where the billing page's forms may lead. A form's POST answers with a redirect to Stripe's checkout or customer
/// portal, and browsers hold the redirect to the page's <c>form-action</c> policy, so the page names Stripe's origins
/// (and the stand-in's, when <c>Stripe__ApiBase</c> points elsewhere) and no other page does.
/// </summary>
internal static class StripePages
{
    private static readonly string[] StripeOrigins = ["https://checkout.stripe.com", "https://billing.stripe.com"];

    /// <summary>Read from the services so the billing page need not hold the adapter's options (pages use modules through their contracts).</summary>
    public static IReadOnlyList<string> Origins(IServiceProvider services) =>
        Origins(services.GetRequiredService<IOptions<StripeOptions>>().Value);

    private static IReadOnlyList<string> Origins(StripeOptions options) =>
        options.ApiBase is { } apiBase ? [.. StripeOrigins, apiBase.GetLeftPart(UriPartial.Authority)] : StripeOrigins;
}
