using Creo.Application.Billing.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Billing.EraseBillingRecords;

internal sealed class EraseBillingRecordsCommandHandler(IBillingData data, TimeProvider clock) : ICommandHandler<EraseBillingRecordsCommand, int>
{
    public async ValueTask<int> Handle(EraseBillingRecordsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invoices = await data.Invoices.Where(i => i.UserId == command.UserId).ToListAsync(cancellationToken);
        invoices.ForEach(invoice => invoice.Anonymise(now));

        // Purchases take their reversals with them (cascade); the ledger they fed is the credits module's to erase.
        await data.CreditPurchases.Where(p => p.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.Subscriptions.Where(s => s.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        await data.BillingCustomers.Where(c => c.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        return invoices.Count;
    }
}
