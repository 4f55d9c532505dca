namespace Creo.Application.Billing.OpenPortal;

public sealed record PortalDto(Uri Url);
