using Creo.Application.Accounts.GetAccountContact;
using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing;

/// <summary>Finds or makes a person's customer at the payment provider, made from their email and name only.</summary>
internal sealed class BillingCustomerLinks(IBillingData data, IPaymentGateway gateway, IMediator mediator, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<string> EnsureAsync(Guid userId, CancellationToken cancellationToken)
    {
        var existing = await data.BillingCustomers.AsNoTracking()
            .Where(c => c.UserId == userId).Select(c => c.ProviderCustomerId).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        // The provider makes one customer per user id however often this runs (an idempotency key), so a lost
        // race or a retry links the same customer.
        var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
        var customerId = await gateway.CreateCustomerAsync(userId, contact.Email, contact.Name, cancellationToken);
        data.BillingCustomers.Add(BillingCustomer.Link(userId, customerId, clock.GetUtcNow()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return customerId;
    }

    public Task<Guid?> UserOfAsync(string? customerId, CancellationToken cancellationToken) =>
        data.BillingCustomers.AsNoTracking()
            .Where(c => c.ProviderCustomerId == customerId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken);
}
