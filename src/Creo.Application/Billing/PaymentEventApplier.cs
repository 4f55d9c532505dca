using Creo.Application.Billing.Payments;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GrantCredits;
using Creo.Application.Credits.HoldCreditsForDispute;
using Creo.Application.Credits.ReverseCredits;

namespace Creo.Application.Billing;

/// <summary>
/// What each provider event does. Every effect is idempotent on its business key — a paid invoice grants once
/// under <c>invoice:{id}</c> (or, for a plan change, once per subscription and period; see
/// <see cref="SubscriptionPeriodCredits"/>), a pack checkout once under <c>checkout:{id}</c>, a reversal once under its id —
/// so the same fact arriving under a new event id changes nothing. States carry the provider's time and an
/// older one never overwrites a newer one.
/// </summary>
internal sealed class PaymentEventApplier(
    IBillingData data,
    BillingCustomerLinks customers,
    SubscriptionPeriodCredits periodCredits,
    IPaymentGateway gateway,
    IMediator mediator,
    IOptions<BillingOptions> options,
    TimeProvider clock,
    ILogger<PaymentEventApplier> logger)
{
    /// <summary>A period's credits last at most this long when the provider gives no period end.</summary>
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(31);

    public Task ApplyAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken) => paymentEvent.Data switch
    {
        CheckoutCompleted checkout => ApplyAsync(checkout, cancellationToken),
        SubscriptionState subscription => ApplyAsync(subscription, paymentEvent.Created, cancellationToken),
        InvoiceState invoice => ApplyAsync(invoice, paymentEvent.Created, cancellationToken),
        PaymentReversed reversal => ApplyAsync(reversal, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task ApplyAsync(CheckoutCompleted checkout, CancellationToken cancellationToken)
    {
        // Subscriptions are paid through their invoices; an unpaid (asynchronous) pack payment waits for its own event.
        if (checkout.Subscription || !checkout.Paid)
        {
            return;
        }

        var pack = options.Value.FindPack(checkout.Reference) ?? throw new DomainException("unknown-pack", "The checkout names a pack we do not sell.");
        var userId = await UserOfAsync(checkout.CustomerId, cancellationToken) ?? checkout.UserId
            ?? throw new DomainException("unknown-customer", "The checkout names no customer of ours.");
        var sourceKey = $"checkout:{checkout.SessionId}";
        await RecordPurchaseAsync(CreditPurchase.Record(userId, sourceKey, null, checkout.PaymentIntentId, pack.Credits, pack.Amount, pack.Currency, clock.GetUtcNow()), cancellationToken);
        await mediator.Send(new GrantCreditsCommand(userId, CreditGrantKind.Purchase, pack.Credits, sourceKey, $"Bought: {pack.Name}", null), cancellationToken);
    }

    private async Task ApplyAsync(SubscriptionState state, DateTimeOffset stateAt, CancellationToken cancellationToken)
    {
        var userId = await UserOfAsync(state.CustomerId, cancellationToken)
            ?? throw new DomainException("unknown-customer", "The subscription belongs to no customer of ours.");
        var now = clock.GetUtcNow();
        var subscription = await data.Subscriptions.FirstOrDefaultAsync(s => s.ProviderSubscriptionId == state.SubscriptionId, cancellationToken);
        if (subscription is null)
        {
            subscription = Subscription.Start(Guid.CreateVersion7(now), userId, state.SubscriptionId, now);
            data.Subscriptions.Add(subscription);
        }

        if (!subscription.Apply(options.Value.PlanByPrice(state.PriceId)?.Id, state.Status, state.CurrentPeriodStart, state.CurrentPeriodEnd, state.CancelAtPeriodEnd, stateAt, now))
        {
            logger.LogInformation("Kept a newer subscription state over an older event");
        }
    }

    private async Task ApplyAsync(InvoiceState state, DateTimeOffset stateAt, CancellationToken cancellationToken)
    {
        var userId = await UserOfAsync(state.CustomerId, cancellationToken)
            ?? throw new DomainException("unknown-customer", "The invoice belongs to no customer of ours.");
        var now = clock.GetUtcNow();
        var invoice = await data.Invoices.FirstOrDefaultAsync(i => i.ProviderInvoiceId == state.InvoiceId, cancellationToken);
        if (invoice is null)
        {
            invoice = Invoice.Record(Guid.CreateVersion7(now), userId, state.InvoiceId, now);
            data.Invoices.Add(invoice);
        }

        invoice.Apply(
            state.Facts,
            stateAt);

        if (state.Facts.Status != "paid" || state.SubscriptionId is null || options.Value.PlanByPrice(state.PriceId) is not { } plan)
        {
            return;
        }

        if (await periodCredits.ForAsync(userId, state, plan, cancellationToken) is not { } grant)
        {
            return;
        }

        if (!grant.AlreadyRecorded)
        {
            var paymentIntent = await gateway.FindInvoicePaymentIntentAsync(state.InvoiceId, cancellationToken);
            data.CreditPurchases.Add(
                CreditPurchase.Record(userId, grant.SourceKey, state.InvoiceId, paymentIntent, grant.Credits, state.Facts.AmountPaid, state.Facts.Currency, now, grant.PeriodSlot));
        }

        var reason = state.BillingReason == SubscriptionPeriodCredits.PlanChange
            ? $"{plan.Name}: the rest of this period's credits after the upgrade"
            : $"{plan.Name}: this period's credits";
        await mediator.Send(
            new GrantCreditsCommand(userId, CreditGrantKind.Subscription, grant.Credits, grant.SourceKey, reason, state.Facts.PeriodEnd ?? now + DefaultPeriod),
            cancellationToken);
    }

    private async Task ApplyAsync(PaymentReversed reversal, CancellationToken cancellationToken)
    {
        if (await data.PaymentReversals.AnyAsync(r => r.ReversalId == reversal.ReversalId, cancellationToken))
        {
            return;
        }

        var purchase = await data.CreditPurchases.AsNoTracking()
            .Where(p => (reversal.InvoiceId != null && p.ProviderInvoiceId == reversal.InvoiceId)
                || (reversal.PaymentIntentId != null && p.ProviderPaymentIntentId == reversal.PaymentIntentId))
            .FirstOrDefaultAsync(cancellationToken);
        if (purchase is null)
        {
            logger.LogWarning("A refund or dispute matched no credit purchase; nothing to take back");
            if (reversal.IsDispute && await UserOfAsync(reversal.CustomerId, cancellationToken) is { } customer)
            {
                await mediator.Send(new HoldCreditsForDisputeCommand(customer), cancellationToken);
            }

            return;
        }

        var earlier = await data.PaymentReversals.AsNoTracking().Where(r => r.PurchaseId == purchase.Id).ToListAsync(cancellationToken);
        var recorded = PaymentReversal.Record(purchase, earlier, reversal.ReversalId, reversal.AmountReversed, reversal.RunningTotal, clock.GetUtcNow());
        data.PaymentReversals.Add(recorded);
        if (recorded.CreditsTakenBack > 0)
        {
            await mediator.Send(
                new ReverseCreditsCommand(purchase.UserId, recorded.CreditsTakenBack, $"reversal:{reversal.ReversalId}", "Taken back: the payment was refunded or disputed"),
                cancellationToken);
        }

        // Taking back the unspent credits is not enough when they were spent first: a dispute also stops new
        // generations and purchases until support has reviewed it (once per dispute, as the reversal is recorded once).
        if (reversal.IsDispute)
        {
            await mediator.Send(new HoldCreditsForDisputeCommand(purchase.UserId), cancellationToken);
        }
    }

    private Task<Guid?> UserOfAsync(string? customerId, CancellationToken cancellationToken) => customers.UserOfAsync(customerId, cancellationToken);

    private async Task RecordPurchaseAsync(CreditPurchase purchase, CancellationToken cancellationToken)
    {
        if (!await data.CreditPurchases.AnyAsync(p => p.SourceKey == purchase.SourceKey, cancellationToken))
        {
            data.CreditPurchases.Add(purchase);
        }
    }
}
