namespace Creo.Application.Billing.ReplayPaymentEvent;

/// <summary>An operator applies an inbox event again; its effects are idempotent, so nothing is granted twice.</summary>
public sealed record ReplayPaymentEventCommand(string EventId) : ICommand;
