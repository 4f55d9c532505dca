using Creo.Application.Billing.Payments;
using Creo.Infrastructure.Billing;
using Creo.Testing;
using Stripe;

namespace Creo.Infrastructure.Tests.Billing;

/// <summary>Customers, checkouts, the portal and errors, against a stand-in speaking Stripe's API as Stripe.net calls it.</summary>
public sealed class StripePaymentGatewayTests : IAsyncLifetime
{
    private static readonly Guid UserId = Guid.Parse("0199b0a4-7c1e-7d3a-9f00-5e0c0ffee001");
    private static readonly Uri Success = new("https://creo.example/billing/success?session={CHECKOUT_SESSION_ID}");
    private static readonly Uri Cancel = new("https://creo.example/billing");
    private StripeGatewayHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private StripeStandIn StandIn => host.StandIn;

    private IPaymentGateway Gateway => host.Gateway;

    public async ValueTask InitializeAsync() => host = await StripeGatewayHost.StartAsync();

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Creating_a_customer_sends_only_the_email_the_name_and_our_user_id()
    {
        var customerId = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);

        Assert.Equal(Assert.Single(StandIn.CustomerIds), customerId);
        var request = Assert.Single(StandIn.Received);
        Assert.Equal(("POST", "/v1/customers"), (request.Method, request.Path));
        Assert.Equal(
            new Dictionary<string, string> { ["email"] = "ada@example.com", ["name"] = "Ada Lovelace", ["metadata[creo_user_id]"] = UserId.ToString() },
            request.Form);
        Assert.Equal($"Bearer {StripeStandIn.SecretKey}", request.Header("Authorization"));
        Assert.Equal(StripeConfiguration.ApiVersion, request.Header("Stripe-Version"));
        Assert.Equal($"customer-{UserId}", request.Header("Idempotency-Key"));
    }

    [Fact]
    public async Task A_person_without_a_name_is_created_without_one()
    {
        await Gateway.CreateCustomerAsync(UserId, "ada@example.com", null, Cancellation);

        Assert.Equal(["email", "metadata[creo_user_id]"], Assert.Single(StandIn.Received).Form.Keys.Order());
    }

    [Fact]
    public async Task Creating_the_customer_again_for_the_same_person_returns_the_same_customer()
    {
        var first = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);
        var retried = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);
        var someoneElse = await Gateway.CreateCustomerAsync(Guid.CreateVersion7(), "grace@example.com", "Grace Hopper", Cancellation);

        Assert.Equal(first, retried);
        Assert.NotEqual(first, someoneElse);
        Assert.Equal(2, StandIn.CustomerIds.Count);
        Assert.Equal(3, StandIn.Received.Count);
    }

    [Fact]
    public async Task A_subscription_checkout_sends_the_plan_price_the_customer_and_our_ids_and_nothing_else()
    {
        var customerId = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);

        var url = await Gateway.CreateCheckoutAsync(
            new CheckoutRequest(UserId, customerId, "price_creo_pro_monthly", Subscription: true, "pro", Success, Cancel), Cancellation);

        var checkout = StandIn.LastCheckout!;
        Assert.Equal(checkout.Url, url);
        var request = StandIn.Received[^1];
        Assert.Equal(("POST", "/v1/checkout/sessions"), (request.Method, request.Path));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["mode"] = "subscription",
                ["customer"] = customerId,
                ["client_reference_id"] = UserId.ToString(),
                ["line_items[0][price]"] = "price_creo_pro_monthly",
                ["line_items[0][quantity]"] = "1",
                ["metadata[creo_user_id]"] = UserId.ToString(),
                ["metadata[creo_reference]"] = "pro",
                ["subscription_data[metadata][creo_user_id]"] = UserId.ToString(),
                ["subscription_data[metadata][creo_reference]"] = "pro",
                ["success_url"] = Success.AbsoluteUri,
                ["cancel_url"] = Cancel.AbsoluteUri,
            },
            request.Form);
        Assert.Equal("subscription", checkout.Mode);
        Assert.Equal("pro", checkout.SubscriptionMetadata["creo_reference"]);
    }

    [Fact]
    public async Task A_pack_checkout_is_a_one_off_payment_without_subscription_data()
    {
        var customerId = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);

        var url = await Gateway.CreateCheckoutAsync(
            new CheckoutRequest(UserId, customerId, "price_creo_pack_500", Subscription: false, "pack-500", Success, Cancel), Cancellation);

        Assert.Equal(StandIn.LastCheckout!.Url, url);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["mode"] = "payment",
                ["customer"] = customerId,
                ["client_reference_id"] = UserId.ToString(),
                ["line_items[0][price]"] = "price_creo_pack_500",
                ["line_items[0][quantity]"] = "1",
                ["metadata[creo_user_id]"] = UserId.ToString(),
                ["metadata[creo_reference]"] = "pack-500",
                ["success_url"] = Success.AbsoluteUri,
                ["cancel_url"] = Cancel.AbsoluteUri,
            },
            StandIn.Received[^1].Form);
    }

    [Fact]
    public async Task The_portal_is_opened_for_the_customer_and_returns_to_our_page()
    {
        var customerId = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);
        var returnUrl = new Uri("https://creo.example/account/billing");

        var url = await Gateway.CreatePortalAsync(customerId, returnUrl, Cancellation);

        var request = StandIn.Received[^1];
        Assert.Equal(("POST", "/v1/billing_portal/sessions"), (request.Method, request.Path));
        Assert.Equal(new Dictionary<string, string> { ["customer"] = customerId, ["return_url"] = returnUrl.AbsoluteUri }, request.Form);
        Assert.Equal(new Uri(StandIn.BaseAddress, $"/p/session/test_{Assert.Single(StandIn.PortalSessionIds)}"), url);
    }

    [Fact]
    public async Task A_Stripe_refusal_surfaces_as_a_payment_provider_error_without_the_request_parameters()
    {
        const string UnknownCustomer = "cus_Q0someoneElses";

        var error = await Assert.ThrowsAsync<PaymentProviderException>(() => Gateway.CreateCheckoutAsync(
            new CheckoutRequest(UserId, UnknownCustomer, "price_creo_pro_monthly", Subscription: true, "pro", Success, Cancel), Cancellation));

        Assert.Equal("Stripe answered 400 (invalid_request_error/resource_missing).", error.Message);
        Assert.DoesNotContain(UnknownCustomer, error.ToString(), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Erasure_cancels_a_subscription_and_deletes_the_customer_once_and_a_second_time_finds_them_gone()
    {
        var customerId = await Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation);
        var now = DateTimeOffset.UtcNow;
        StandIn.SubscriptionUpdatedEvent("sub_erase1", customerId, "price_creo_pro_monthly", "active", now, now.AddMonths(1), now, "customer.subscription.created");

        var canceled = await Gateway.CancelSubscriptionAsync("sub_erase1", Cancellation);
        var deleted = await Gateway.DeleteCustomerAsync(customerId, Cancellation);
        var canceledAgain = await Gateway.CancelSubscriptionAsync("sub_erase1", Cancellation);
        var deletedAgain = await Gateway.DeleteCustomerAsync(customerId, Cancellation);

        Assert.Equal((true, true, false, false), (canceled, deleted, canceledAgain, deletedAgain));
        Assert.Equal(["sub_erase1"], StandIn.CanceledSubscriptionIds);
        Assert.Equal([customerId], StandIn.DeletedCustomerIds);
        var cancel = StandIn.Received.First(r => r.Method == "DELETE");
        Assert.Equal("/v1/subscriptions/sub_erase1", cancel.Path);
        Assert.DoesNotContain("ada@example.com", cancel.Body + cancel.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_key_surfaces_as_a_payment_provider_error_without_the_key()
    {
        const string WrongKey = "sk_test_51QnotOurKeyAtAll9z";
        await using var wronglyKeyed = await StripeGatewayHost.StartAsync(new Dictionary<string, string?> { ["Stripe:SecretKey"] = WrongKey });

        var error = await Assert.ThrowsAsync<PaymentProviderException>(
            () => wronglyKeyed.Gateway.CreateCustomerAsync(UserId, "ada@example.com", "Ada Lovelace", Cancellation));

        Assert.Equal("Stripe answered 401 (invalid_request_error).", error.Message);
        Assert.DoesNotContain("ada@example.com", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey[^4..], error.ToString(), StringComparison.Ordinal);
        Assert.Empty(wronglyKeyed.StandIn.CustomerIds);
    }
}
