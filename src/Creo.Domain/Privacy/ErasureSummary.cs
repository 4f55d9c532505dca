namespace Creo.Domain.Privacy;

/// <summary>What the erasure saga removed, counted per kind of record: numbers only, nothing about the person.</summary>
public sealed record ErasureSummary(
    int SubscriptionsCancelled,
    int InvoicesAnonymised,
    int GenerationObjectsRemoved,
    int CreditEntriesRemoved,
    int RequestLogEntriesRemoved,
    int PrivacyRecordsRemoved,
    int AccountRecordsRemoved);
