using Creo.Application.Billing.Payments;

namespace Creo.Application.Billing.OpenPortal;

internal sealed class OpenPortalCommandHandler(IBillingData data, IPaymentGateway gateway, IOptions<BillingOptions> options)
    : ICommandHandler<OpenPortalCommand, PortalDto>
{
    public async ValueTask<PortalDto> Handle(OpenPortalCommand command, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            throw BillingErrors.NotConfigured();
        }

        var customerId = await data.BillingCustomers.AsNoTracking()
            .Where(c => c.UserId == command.UserId).Select(c => c.ProviderCustomerId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("no-billing-account", "You have not bought anything yet, so there is nothing to manage.");
        return new PortalDto(await gateway.CreatePortalAsync(customerId, new Uri(command.ReturnBase, "/billing"), cancellationToken));
    }
}
