namespace Creo.Application.Billing.ListInvoices;

/// <summary>An invoice as the person sees it; amounts in the currency's minor unit (cents).</summary>
public sealed record InvoiceDto(
    Guid Id,
    string? Number,
    long AmountDue,
    long AmountPaid,
    string Currency,
    string Status,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd,
    string? HostedInvoiceUrl,
    DateTimeOffset CreatedAt);
