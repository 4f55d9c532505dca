namespace Creo.Application.Billing.ApplyPaymentEvent;

/// <summary>Applies one inbox event in one transaction; an applied event is left alone.</summary>
public sealed record ApplyPaymentEventCommand(string EventId) : ICommand;
