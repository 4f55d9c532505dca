namespace Creo.Application.Billing.StartCheckout;

public sealed record CheckoutDto(Uri Url);
