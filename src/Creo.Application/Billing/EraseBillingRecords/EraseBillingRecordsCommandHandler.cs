using Creo.Application.Billing.Contracts;
using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing.EraseBillingRecords;

internal sealed class EraseBillingRecordsCommandHandler(IBillingData data, IPaymentGateway gateway, TimeProvider clock)
    : ICommandHandler<EraseBillingRecordsCommand, BillingErasureDto>
{
    public async ValueTask<BillingErasureDto> Handle(EraseBillingRecordsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cancelled = await CancelAtProviderAsync(command.UserId, cancellationToken);

        var invoices = await data.Invoices.Where(i => i.UserId == command.UserId).ToListAsync(cancellationToken);
        invoices.ForEach(invoice => invoice.Anonymise(now));

        // Stripe's payloads name the person by our user id (metadata) and by their customer id; served or not, they go now.
        var userId = command.UserId.ToString();
        var customerIds = await data.BillingCustomers.Where(c => c.UserId == command.UserId).Select(c => c.ProviderCustomerId).ToListAsync(cancellationToken);
        await data.PaymentEvents.Where(e => e.Payload.Contains(userId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var customerId in customerIds)
        {
            await data.PaymentEvents.Where(e => e.Payload.Contains(customerId)).ExecuteDeleteAsync(cancellationToken);
        }

        // Purchases take their reversals with them (cascade); the ledger they fed is the credits module's to erase.
        await data.CreditPurchases.Where(p => p.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.Subscriptions.Where(s => s.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.BillingCustomers.Where(c => c.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        return new BillingErasureDto(cancelled, invoices.Count);
    }

    /// <summary>
    /// Cancels what could still charge the person, then deletes the provider's customer record (email, name, cards).
    /// Both answer "already gone" on a re-run, so a saga retried after a crash goes on.
    /// </summary>
    private async Task<int> CancelAtProviderAsync(Guid userId, CancellationToken cancellationToken)
    {
        var live = await data.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Status != SubscriptionStatus.Canceled && s.Status != SubscriptionStatus.IncompleteExpired)
            .Select(s => s.ProviderSubscriptionId)
            .ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var subscriptionId in live)
        {
            cancelled += await gateway.CancelSubscriptionAsync(subscriptionId, cancellationToken) ? 1 : 0;
        }

        foreach (var customerId in await data.BillingCustomers.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.ProviderCustomerId).ToListAsync(cancellationToken))
        {
            await gateway.DeleteCustomerAsync(customerId, cancellationToken);
        }

        return cancelled;
    }
}
