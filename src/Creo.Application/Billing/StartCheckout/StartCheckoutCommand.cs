namespace Creo.Application.Billing.StartCheckout;

/// <summary>Opens the provider's checkout for a plan or a pack (exactly one); the person comes back to <paramref name="ReturnBase"/>/billing.</summary>
public sealed record StartCheckoutCommand(Guid UserId, string? PlanId, string? PackId, Uri ReturnBase) : ICommand<CheckoutDto>;
