namespace Creo.Application.Billing.ApplyPaymentEvent;

/// <summary>Applies one inbox event (by the provider's event id).</summary>
public sealed record ApplyPaymentEventJob(string EventId) : IJob;
