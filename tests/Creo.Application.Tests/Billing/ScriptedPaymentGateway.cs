using System.Collections.Concurrent;
using Creo.Application.Billing.Payments;

namespace Creo.Application.Tests.Billing;

/// <summary>
/// The payment provider at the port: tests publish events and hand their payloads to the use cases. (The Stripe
/// client itself is tested against the Stripe stand-in, over HTTP, in the web tests.)
/// </summary>
public sealed class ScriptedPaymentGateway : IPaymentGateway
{
    public const string ValidSignature = "t=1,v1=valid";

    private readonly ConcurrentDictionary<string, PaymentEvent> events = new();

    public ConcurrentQueue<string> Listed { get; } = new();

    public ConcurrentQueue<(Guid UserId, string Email, string? Name)> CustomersCreated { get; } = new();

    public string Publish(PaymentEvent paymentEvent, bool listed = true)
    {
        var payload = $"payload:{paymentEvent.Id}";
        events[payload] = paymentEvent;
        if (listed)
        {
            Listed.Enqueue(payload);
        }

        return payload;
    }

    public Task<string> CreateCustomerAsync(Guid userId, string email, string? name, CancellationToken cancellationToken)
    {
        CustomersCreated.Enqueue((userId, email, name));
        return Task.FromResult($"cus_{userId:N}");
    }

    public Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new Uri($"https://checkout.example/{request.Reference}"));

    public Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken) =>
        Task.FromResult(new Uri($"https://portal.example/{customerId}"));

    /// <summary>Which payment intent paid which invoice, as Stripe's invoice payments would say.</summary>
    public ConcurrentDictionary<string, string> InvoicePaymentIntents { get; } = new();

    private readonly Lock meetingGate = new();
    private TaskCompletionSource? meeting;
    private int stillToArrive;

    /// <summary>
    /// The next <paramref name="workers"/> invoice payment lookups wait for each other, so each worker applying an invoice
    /// has read what it reads before any of them writes: the race of two invoices applied at once, every time.
    /// </summary>
    public void MeetAtNextInvoicePaymentLookups(int workers)
    {
        lock (meetingGate)
        {
            stillToArrive = workers;
            meeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<string?> FindInvoicePaymentIntentAsync(string invoiceId, CancellationToken cancellationToken)
    {
        Task? allArrived = null;
        lock (meetingGate)
        {
            if (meeting is { } current)
            {
                allArrived = current.Task;
                if (--stillToArrive == 0)
                {
                    current.SetResult();
                    meeting = null;
                }
            }
        }

        if (allArrived is not null)
        {
            await allArrived.WaitAsync(cancellationToken);
        }

        return InvoicePaymentIntents.TryGetValue(invoiceId, out var paymentIntent) ? paymentIntent : null;
    }

    public ConcurrentQueue<string> CanceledSubscriptions { get; } = new();

    public ConcurrentQueue<string> DeletedCustomers { get; } = new();

    /// <summary>When set, the next customer deletion fails as an unreachable provider would, after the cancel went through.</summary>
    public bool FailNextCustomerDeletion { get; set; }

    /// <summary>Cancels once; a second cancel of the same subscription reports it gone, as Stripe does.</summary>
    public Task<bool> CancelSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Task.FromResult(Once(CanceledSubscriptions, subscriptionId));

    public Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        if (FailNextCustomerDeletion)
        {
            FailNextCustomerDeletion = false;
            throw new HttpRequestException("The payment provider could not be reached.");
        }

        return Task.FromResult(Once(DeletedCustomers, customerId));
    }

    public PaymentEvent? ReadSignedEvent(string payload, string? signatureHeader) =>
        signatureHeader == ValidSignature && events.TryGetValue(payload, out var found) ? found : null;

    public PaymentEvent ReadEvent(string payload) => events[payload];

    private static bool Once(ConcurrentQueue<string> done, string id)
    {
        lock (done)
        {
            if (done.Contains(id))
            {
                return false;
            }

            done.Enqueue(id);
            return true;
        }
    }

    public Task<IReadOnlyList<string>> ListEventsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Listed.Where(p => events[p].Created > since).OrderBy(p => events[p].Created)]);
}
