using Creo.Application.Billing.Payments;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetDisputeHold;
using FluentValidation.Results;

namespace Creo.Application.Billing.StartCheckout;

internal sealed class StartCheckoutCommandHandler(
    IBillingData data, BillingCustomerLinks customers, IPaymentGateway gateway, IMediator mediator, IOptions<BillingOptions> options)
    : ICommandHandler<StartCheckoutCommand, CheckoutDto>
{
    public async ValueTask<CheckoutDto> Handle(StartCheckoutCommand command, CancellationToken cancellationToken)
    {
        var billing = options.Value;
        if (!billing.Enabled)
        {
            throw BillingErrors.NotConfigured();
        }

        var plan = command.PlanId is null ? null : billing.FindPlan(command.PlanId) ?? throw Unknown("PlanId", "There is no such plan.");
        var pack = command.PackId is null ? null : billing.FindPack(command.PackId) ?? throw Unknown("PackId", "There is no such pack.");
        if (await mediator.Send(new GetDisputeHoldQuery(command.UserId), cancellationToken) is not null)
        {
            throw DisputeHolds.Refusal();
        }

        if (plan is not null && await data.Subscriptions.AnyAsync(s => s.UserId == command.UserId && Subscription.AccessStatuses.Contains(s.Status), cancellationToken))
        {
            throw new DomainException("already-subscribed", "You already have a subscription; change or cancel it in the billing portal.");
        }

        var customerId = await customers.EnsureAsync(command.UserId, cancellationToken);
        var back = new Uri(command.ReturnBase, "/billing");
        var url = await gateway.CreateCheckoutAsync(
            new CheckoutRequest(
                command.UserId, customerId, plan?.PriceId ?? pack!.PriceId, plan is not null, plan?.Id ?? pack!.Id,
                new Uri(back + "?checkout=success"), new Uri(back + "?checkout=canceled")),
            cancellationToken);
        return new CheckoutDto(url);
    }

    private static ValidationException Unknown(string field, string message) => new([new ValidationFailure(field, message)]);
}
