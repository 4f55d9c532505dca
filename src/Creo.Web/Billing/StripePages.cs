namespace Creo.Web.Billing;

/// <summary>
/// Where the billing page's forms may lead. A form's POST answers with a redirect to Stripe's checkout or customer
/// portal, and browsers hold the redirect to the page's <c>form-action</c> policy, so the page names Stripe's origins
/// and no other page does. Only Stripe's real hosts: <c>Stripe__ApiBase</c> is where the app calls Stripe's API, not
/// where people pay, and a setting must not be able to open the page's forms to another host.
/// </summary>
internal static class StripePages
{
    public static IReadOnlyList<string> Origins { get; } = ["https://checkout.stripe.com", "https://billing.stripe.com"];
}
