
namespace Creo.Application.Billing.ExportBillingData;

/// <summary>
/// The billing part of a person's data export: customer, subscriptions, invoices, purchases, refunds and disputes,
/// and the payment provider's events that name their customer.
/// </summary>
public sealed record ExportBillingDataQuery(Guid UserId) : IQuery<PersonalDataPart>;

/// <summary>The rows of one of the billing tables, streamed.</summary>
public sealed record ExportBillingDataRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
