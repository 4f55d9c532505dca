namespace Creo.Application.Billing.Payments;

/// <summary>
/// The payment provider (Stripe). The only port payment data crosses; it never receives a prompt or an image —
/// only an email, a name and our user id for the customer, and price ids for checkouts.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Creates the customer for a person (idempotent on <paramref name="userId"/>) and returns its id.</summary>
    Task<string> CreateCustomerAsync(Guid userId, string email, string? name, CancellationToken cancellationToken);

    /// <summary>A hosted checkout page for a subscription or a one-off credit pack.</summary>
    Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>The hosted customer portal, where the person manages or cancels their subscription and cards.</summary>
    Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken);

    /// <summary>
    /// The payment intent that paid an invoice, or null. Refunds and disputes name only a payment intent, so a
    /// subscription purchase records it to be found again when its money goes back.
    /// </summary>
    Task<string?> FindInvoicePaymentIntentAsync(string invoiceId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a subscription at once (erasure: nothing is charged again). False when the provider no longer has it
    /// (cancelled or deleted before), so an erasure that is run again goes on.
    /// </summary>
    Task<bool> CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the provider's customer record (its email, name and cards); issued invoices stay with the provider for tax
    /// law. False when it was deleted before.
    /// </summary>
    Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a webhook delivery: null when the signature is missing, wrong or too old. Nothing is parsed before
    /// the signature is checked.
    /// </summary>
    PaymentEvent? ReadSignedEvent(string payload, string? signatureHeader);

    /// <summary>Reads an event that was already verified (from our inbox) or fetched from the provider.</summary>
    PaymentEvent ReadEvent(string payload);

    /// <summary>The provider's events created after <paramref name="since"/>, oldest first, as raw payloads (reconciliation).</summary>
    Task<IReadOnlyList<string>> ListEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
