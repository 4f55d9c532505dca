using Creo.Application.Billing.Contracts;

namespace Creo.Application.Billing.EraseBillingRecords;

/// <summary>
/// The billing part of erasing an account: live subscriptions are cancelled at the payment provider and its customer
/// record deleted; the customer link, subscriptions, purchases and inbox events naming the person go; invoices stay
/// for tax law (six years) but are detached from the person. Safe to run again.
/// </summary>
public sealed record EraseBillingRecordsCommand(Guid UserId) : ICommand<BillingErasureDto>;
