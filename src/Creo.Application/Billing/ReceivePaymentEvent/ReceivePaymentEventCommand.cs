namespace Creo.Application.Billing.ReceivePaymentEvent;

/// <summary>
/// A webhook delivery: verified over the raw payload, recorded once in the inbox, answered at once; a job
/// applies it. A bad signature is refused (400) and writes nothing.
/// </summary>
public sealed record ReceivePaymentEventCommand(string Payload, string? Signature) : ICommand;
