namespace Creo.Application.Billing.RecordPaymentEventFailure;

/// <summary>Notes on an inbox event why applying it failed (an exception type, never payment details), for operators.</summary>
public sealed record RecordPaymentEventFailureCommand(string EventId, string Error) : ICommand;
