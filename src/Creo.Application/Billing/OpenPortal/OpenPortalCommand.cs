namespace Creo.Application.Billing.OpenPortal;

/// <summary>Opens the provider's customer portal (manage or cancel the subscription, cards, invoices).</summary>
public sealed record OpenPortalCommand(Guid UserId, Uri ReturnBase) : ICommand<PortalDto>;
