using System.Net;
using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The billing page with Stripe set up against the local stand-in; the test plays Stripe's webhooks.</summary>
public sealed class BillingWithStripeTests(BrowserAppWithStripe browser) : IClassFixture<BrowserAppWithStripe>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_buys_a_pack_through_Stripe_sees_the_credits_arrive_then_their_invoice_and_opens_the_portal()
    {
        var stripe = browser.Stripe;
        var page = await Studio.NewPersonAsync(browser, "buyer");
        var complaints = Person.WatchConsole(page);

        // The credits page leads to billing.
        await page.GotoAsync("/credits");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buy credits" }).ClickAsync();
        await page.WaitForURLAsync("**/billing");

        // Plans and the pack with their prices, the rule for subscription credits, no subscription and no invoices yet.
        await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("Free", new() { UseInnerText = true });
        var plans = page.GetByTestId("plans").Locator("li");
        await Expect(plans).ToHaveCountAsync(2);
        var creator = await plans.Nth(0).InnerTextAsync();
        Assert.Contains("Creator", creator);
        Assert.Contains("$12.00 USD a month", creator);
        Assert.Contains("100 credits every month", creator);
        await Expect(plans.Nth(1)).ToContainTextAsync("$48.00 USD a month", new() { UseInnerText = true });
        var pack = page.GetByTestId("packs").Locator("li");
        await Expect(pack).ToContainTextAsync("$15.00 USD", new() { UseInnerText = true });
        await Expect(page.GetByTestId("subscription-rule")).ToContainTextAsync("lapses when that period ends", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Subscribe to Creator" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Manage subscription" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("no-invoices")).ToContainTextAsync("No invoices yet", new() { UseInnerText = true });
        await BrowserApp.ScreenshotAsync(page, "billing-desktop");

        // "Buy" sends the browser to Stripe's checkout (here the stand-in's, which the page's policy does not let it follow).
        Assert.StartsWith(stripe.BaseAddress.ToString(), await RedirectOfAsync(page, "Buy 100 credits"));
        var checkout = stripe.LastCheckout!;
        Assert.Equal("payment", checkout.Mode);
        Assert.Equal(BrowserAppWithStripe.PackPrice, checkout.PriceId);

        // Stripe says the payment went through and sends the person back: the credits arrive.
        Assert.Equal(HttpStatusCode.OK, await browser.DeliverAsync(stripe.CheckoutCompletedEvent(checkout)));
        await page.GotoAsync("/billing?checkout=success");
        Assert.StartsWith("Thanks — your credits arrive as soon as Stripe confirms the payment.", await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Thanks" }).InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "billing-checkout-success-desktop");
        await page.GetByRole(AriaRole.Link, new() { Name = "credits page" }).ClickAsync();
        await UntilAsync(page, async () => await page.GetByTestId("balance").InnerTextAsync() == "150 credits");
        await Expect(page.GetByTestId("ledger")).ToContainTextAsync("Credits bought", new() { UseInnerText = true });

        // A paid invoice for this customer shows in the table with Stripe's hosted page, opening in a new tab.
        var invoiceId = $"in_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.OK, await browser.DeliverAsync(stripe.InvoicePaidEvent(invoiceId, checkout.CustomerId!, "sub_e2e", BrowserAppWithStripe.CreatorPrice, 1200, now, now.AddMonths(1))));
        await page.GotoAsync("/billing");
        await UntilAsync(page, async () => await page.Locator("[data-invoice]").CountAsync() == 1);
        var row = page.Locator("[data-invoice]");
        var rowText = await row.InnerTextAsync();
        Assert.Contains($"CREO-{invoiceId[^6..].ToUpperInvariant()}", rowText);
        Assert.Contains("€12.00 EUR", rowText);
        Assert.Contains("Paid", rowText);
        var link = row.GetByRole(AriaRole.Link, new() { Name = "View invoice" });
        await Expect(link).ToHaveAttributeAsync("href", $"https://invoice.stripe.com/i/acct_1QcreoStandIn/test_{invoiceId}");
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        Assert.Contains("noopener", await link.GetAttributeAsync("rel"));
        await Expect(link).ToContainTextAsync("(opens in a new tab)", new() { UseInnerText = true });
        await BrowserApp.ScreenshotAsync(page, "billing-invoice-desktop");

        // Having bought, they have a customer at Stripe, and "Manage subscription" opens its portal.
        Assert.StartsWith(new Uri(stripe.BaseAddress, "/p/session/").ToString(), await RedirectOfAsync(page, "Manage subscription"));
        Assert.Single(stripe.PortalSessionIds);

        // The browser reports the redirects to the stand-in it refused (form-action names Stripe's real hosts only) under the
        // form's own address; those are expected, anything else is a fault.
        Assert.True(complaints.Where(c => !c.Contains(stripe.BaseAddress.Authority, StringComparison.Ordinal) && !IsRefusedRedirectToTheStandIn(c)).ToList() is [], string.Join("\n", complaints));
    }

    [Fact]
    public async Task A_subscriber_sees_their_plan_and_renewal_cannot_subscribe_twice_and_a_stale_form_is_refused_in_words()
    {
        var stripe = browser.Stripe;
        var page = await Studio.NewPersonAsync(browser, "subscriber");
        await page.GotoAsync("/billing");

        Assert.StartsWith(stripe.BaseAddress.ToString(), await RedirectOfAsync(page, "Subscribe to Creator"));
        var checkout = stripe.LastCheckout!;
        Assert.Equal("subscription", checkout.Mode);

        // Stripe comes back after a canceled checkout: nothing was charged.
        await page.GotoAsync("/billing?checkout=canceled");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "canceled" })).ToHaveTextAsync("Checkout canceled. Nothing was charged.", new() { UseInnerText = true });

        // A second tab keeps the plans open from before the subscription starts.
        var stale = await page.Context.NewPageAsync();
        await stale.GotoAsync("/billing");

        var subscription = $"sub_{Guid.NewGuid():N}";
        var start = DateTimeOffset.UtcNow;
        var renewal = start.AddMonths(1);
        Assert.Equal(HttpStatusCode.OK, await browser.DeliverAsync(stripe.SubscriptionUpdatedEvent(
            subscription, checkout.CustomerId!, BrowserAppWithStripe.CreatorPrice, "active", start, renewal, created: start, eventType: "customer.subscription.created")));
        await page.GotoAsync("/billing");
        await UntilAsync(page, async () => await page.GetByTestId("plan-name").InnerTextAsync() == "Creator");
        await Expect(page.GetByTestId("subscription-status")).ToHaveTextAsync("Active", new() { UseInnerText = true });
        await Expect(page.GetByTestId("subscription-renewal")).ToHaveTextAsync(renewal.UtcDateTime.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), new() { UseInnerText = true });
        await Expect(page.GetByTestId("your-plan")).ToContainTextAsync("Renews on", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#subscribed-note")).ToContainTextAsync("You already subscribe to Creator", new() { UseInnerText = true });
        await Expect(page.Locator("[data-plan=creator]")).ToContainTextAsync("Your plan", new() { UseInnerText = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Buy 100 credits" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Manage subscription" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "billing-subscribed-desktop");

        // The stale tab's "Subscribe" is refused in words, with the alert focused.
        var response = await stale.RunAndWaitForResponseAsync(
            () => stale.GetByRole(AriaRole.Button, new() { Name = "Subscribe to Studio" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/billing");
        Assert.Equal(409, response.Status);
        var alert = stale.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("You already have a subscription", new() { UseInnerText = true });
        Assert.True(await alert.EvaluateAsync<bool>("el => el === document.activeElement"));
        Assert.StartsWith("Error:", await stale.TitleAsync());
        await BrowserApp.ScreenshotAsync(stale, "billing-already-subscribed-desktop");

        // Canceled at the period's end: the plan stays until then, and the page says when it ends.
        Assert.Equal(HttpStatusCode.OK, await browser.DeliverAsync(stripe.SubscriptionUpdatedEvent(
            subscription, checkout.CustomerId!, BrowserAppWithStripe.CreatorPrice, "active", start, renewal, created: start.AddMinutes(1), cancelAtPeriodEnd: true)));
        await UntilAsync(page, async () => (await page.GetByTestId("your-plan").InnerTextAsync()).Contains("Ends on", StringComparison.Ordinal));
        await Expect(page.GetByTestId("plan-name")).ToHaveTextAsync("Creator", new() { UseInnerText = true });

        // The same page on a phone and in the dark: nothing scrolls sideways.
        await page.SetViewportSizeAsync(375, 740);
        await page.ReloadAsync();
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        await BrowserApp.ScreenshotAsync(page, "billing-subscribed-phone");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await BrowserApp.ScreenshotAsync(page, "billing-subscribed-phone-dark");
        await page.SetViewportSizeAsync(1280, 900);
        await BrowserApp.ScreenshotAsync(page, "billing-subscribed-desktop-dark");
    }

    [Fact]
    public async Task Billing_on_a_phone_shows_plans_packs_and_invoices_without_scrolling_sideways_in_light_and_dark()
    {
        var stripe = browser.Stripe;
        var page = await Studio.NewPersonAsync(browser, "phone-buyer", width: 375, height: 740);
        await page.GotoAsync("/billing");
        Assert.StartsWith(stripe.BaseAddress.ToString(), await RedirectOfAsync(page, "Buy 100 credits"));
        var now = DateTimeOffset.UtcNow;
        await browser.DeliverAsync(stripe.InvoicePaidEvent($"in_{Guid.NewGuid():N}", stripe.LastCheckout!.CustomerId!, "sub_phone", BrowserAppWithStripe.CreatorPrice, 1200, now, now.AddMonths(1)));

        await page.GotoAsync("/billing?checkout=success");
        await UntilAsync(page, async () => await page.Locator("[data-invoice]").CountAsync() == 1);
        Assert.False(await Person.ScrollsSidewaysAsync(page), await Person.WiderThanTheWindowAsync(page));
        await BrowserApp.ScreenshotAsync(page, "billing-phone");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await BrowserApp.ScreenshotAsync(page, "billing-phone-dark");
        await page.SetViewportSizeAsync(1280, 900);
        await BrowserApp.ScreenshotAsync(page, "billing-desktop-dark");
    }

    /// <summary>Reloads until the page shows what the webhook's job wrote (or fails after 30 s).</summary>
    /// <summary>
    /// Clicks a billing button and returns where the app's answer sends the browser. The page's form-action policy names
    /// Stripe's real hosts only, so the browser does not follow a redirect to the stand-in; the form's POST is passed on
    /// unchanged and its redirect read on the way back, which is what we check.
    /// </summary>
    private static async Task<string> RedirectOfAsync(IPage page, string button)
    {
        var location = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<string, bool> billingPage = url => new Uri(url).AbsolutePath == "/billing";
        Func<IRoute, Task> readRedirect = async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            location.TrySetResult(answer.Headers.GetValueOrDefault("location") ?? $"(no redirect: {answer.Status})");
            await route.FulfillAsync(new() { Response = answer });
        };

        await page.RouteAsync(billingPage, readRedirect);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        var result = await location.Task.WaitAsync(Eventually.Timeout, Cancel);
        await page.UnrouteAsync(billingPage, readRedirect);
        return result;
    }

    private static bool IsRefusedRedirectToTheStandIn(string complaint) =>
        complaint.Contains("/billing?handler=", StringComparison.Ordinal) && complaint.Contains("violates the following Content Security Policy directive: \"form-action", StringComparison.Ordinal);

    private static Task UntilAsync(IPage page, Func<Task<bool>> shown) =>
        Eventually.UntilAsync(
            async () =>
            {
                if (await shown())
                {
                    return true;
                }

                await page.ReloadAsync();
                return false;
            },
            done => done,
            _ => $"{page.Url} never showed what was expected.");
}
