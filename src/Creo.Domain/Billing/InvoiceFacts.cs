namespace Creo.Domain.Billing;

/// <summary>What an invoice says, as the payment provider reports it.</summary>
public sealed record InvoiceFacts(
    string? Number,
    long AmountDue,
    long AmountPaid,
    string Currency,
    string Status,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd,
    string? HostedInvoiceUrl);
