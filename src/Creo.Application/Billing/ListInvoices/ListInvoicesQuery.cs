namespace Creo.Application.Billing.ListInvoices;

/// <summary>The person's invoices, newest first.</summary>
public sealed record ListInvoicesQuery(Guid UserId) : IQuery<IReadOnlyList<InvoiceDto>>;
