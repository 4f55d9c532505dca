using Creo.Application.Billing.Payments;
using Microsoft.Extensions.Options;
using Stripe;
using CheckoutSessionCreateOptions = Stripe.Checkout.SessionCreateOptions;
using CheckoutSessionService = Stripe.Checkout.SessionService;
using PortalSessionCreateOptions = Stripe.BillingPortal.SessionCreateOptions;
using PortalSessionService = Stripe.BillingPortal.SessionService;

namespace Creo.Infrastructure.Billing;

/// <summary>
/// Stripe behind the payment port. Only an email, a name, our user id, price ids and our plan or pack reference
/// are ever sent; Stripe's answers come back as ids and URLs, its events as <see cref="PaymentEvent"/>s.
/// </summary>
internal sealed class StripePaymentGateway : IPaymentGateway
{
    /// <summary>Seconds a signed delivery stays acceptable; older ones could be replays.</summary>
    private const long SignatureTolerance = 300;

    private readonly CustomerService customers;
    private readonly CheckoutSessionService checkouts;
    private readonly PortalSessionService portals;
    private readonly EventService events;
    private readonly InvoicePaymentService invoicePayments;
    private readonly SubscriptionService subscriptions;
    private readonly string webhookSecret;
    private readonly TimeProvider timeProvider;

    public StripePaymentGateway(StripeClient client, IOptions<StripeOptions> options, TimeProvider timeProvider)
    {
        customers = new CustomerService(client);
        checkouts = new CheckoutSessionService(client);
        portals = new PortalSessionService(client);
        events = new EventService(client);
        invoicePayments = new InvoicePaymentService(client);
        subscriptions = new SubscriptionService(client);
        webhookSecret = options.Value.WebhookSecret ?? throw new InvalidOperationException("Stripe:WebhookSecret is not set.");
        this.timeProvider = timeProvider;
    }

    public async Task<string> CreateCustomerAsync(Guid userId, string email, string? name, CancellationToken cancellationToken)
    {
        var options = new CustomerCreateOptions
        {
            Email = email,
            Name = name,
            Metadata = new Dictionary<string, string> { [StripeMetadata.UserId] = userId.ToString() },
        };

        // Stripe replays the first answer for a key it has seen (for 24 hours), so a retried sign-up makes one customer.
        var request = new RequestOptions { IdempotencyKey = "customer-" + userId };
        var customer = await CallAsync(() => customers.CreateAsync(options, request, cancellationToken));
        return customer.Id;
    }

    public async Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var options = new CheckoutSessionCreateOptions
        {
            Mode = request.Subscription ? "subscription" : "payment",
            Customer = request.CustomerId,
            ClientReferenceId = request.UserId.ToString(),
            LineItems = [new() { Price = request.PriceId, Quantity = 1 }],
            Metadata = Metadata(request),

            // The subscription's own events carry only the subscription's metadata, not the session's.
            SubscriptionData = request.Subscription ? new() { Metadata = Metadata(request) } : null,
            SuccessUrl = request.SuccessUrl.AbsoluteUri,
            CancelUrl = request.CancelUrl.AbsoluteUri,
        };
        var session = await CallAsync(() => checkouts.CreateAsync(options, cancellationToken: cancellationToken));
        return new Uri(session.Url);
    }

    public async Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken)
    {
        var options = new PortalSessionCreateOptions { Customer = customerId, ReturnUrl = returnUrl.AbsoluteUri };
        var session = await CallAsync(() => portals.CreateAsync(options, cancellationToken: cancellationToken));
        return new Uri(session.Url);
    }

    public async Task<string?> FindInvoicePaymentIntentAsync(string invoiceId, CancellationToken cancellationToken)
    {
        var payments = await CallAsync(() => invoicePayments.ListAsync(new InvoicePaymentListOptions { Invoice = invoiceId, Limit = 10 }, cancellationToken: cancellationToken));
        return payments.Data.FirstOrDefault(p => p.Payment?.Type == "payment_intent" && p.Payment.PaymentIntentId is not null)?.Payment.PaymentIntentId;
    }

    public Task<bool> CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) =>
        UnlessMissingAsync(() => subscriptions.CancelAsync(subscriptionId, new SubscriptionCancelOptions { InvoiceNow = false, Prorate = false }, cancellationToken: cancellationToken));

    public Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        UnlessMissingAsync(() => customers.DeleteAsync(customerId, cancellationToken: cancellationToken));

    public PaymentEvent? ReadSignedEvent(string payload, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return null;
        }

        Event stripeEvent;
        try
        {
            // Events keep the API version of the endpoint that sent them; a mismatch is read as far as it goes rather than refused.
            stripeEvent = EventUtility.ConstructEvent(
                payload, signatureHeader, webhookSecret, SignatureTolerance, timeProvider.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return null;
        }

        return StripeEventMapper.Map(stripeEvent);
    }

    public PaymentEvent ReadEvent(string payload) => StripeEventMapper.Map(EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false));

    public async Task<IReadOnlyList<string>> ListEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var options = new EventListOptions { Created = new DateRangeOptions { GreaterThan = since.UtcDateTime }, Limit = 100 };
        var payloads = new List<string>();
        try
        {
            await foreach (var stripeEvent in events.ListAutoPagingAsync(options, cancellationToken: cancellationToken))
            {
                payloads.Add(RawJson(stripeEvent));
            }
        }
        catch (StripeException exception)
        {
            throw PaymentProviderException.From(exception);
        }

        // Stripe lists newest first.
        payloads.Reverse();
        return payloads;
    }

    private static Dictionary<string, string> Metadata(CheckoutRequest request) => new()
    {
        [StripeMetadata.UserId] = request.UserId.ToString(),
        [StripeMetadata.Reference] = request.Reference,
    };

    /// <summary>The event exactly as Stripe sent it, so what reconciliation stores reads like a webhook delivery.</summary>
    private static string RawJson(Event stripeEvent) =>
        stripeEvent.RawJsonElement?.GetRawText() ?? stripeEvent.ToJson();

    /// <summary>True when the call succeeded, false when Stripe no longer has the object (a second cancel or delete).</summary>
    private static async Task<bool> UnlessMissingAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await CallAsync(call);
            return true;
        }
        catch (PaymentProviderException exception) when (exception.ErrorCode == "resource_missing")
        {
            return false;
        }
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException exception)
        {
            throw PaymentProviderException.From(exception);
        }
    }
}
