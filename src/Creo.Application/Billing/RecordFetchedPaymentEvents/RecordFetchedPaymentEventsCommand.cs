namespace Creo.Application.Billing.RecordFetchedPaymentEvents;

/// <summary>Records events fetched from the provider (already authentic: we asked for them). Returns how many were new.</summary>
public sealed record RecordFetchedPaymentEventsCommand(IReadOnlyList<string> Payloads) : ICommand<int>;
