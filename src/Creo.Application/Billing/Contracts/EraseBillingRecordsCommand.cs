using Mediator;

namespace Creo.Application.Billing.Contracts;

/// <summary>
/// The billing part of erasing an account: the customer link, subscriptions and purchases go; invoices stay for
/// tax law (six years) but are detached from the person. Returns how many invoices were kept anonymised.
/// </summary>
public sealed record EraseBillingRecordsCommand(Guid UserId) : ICommand<int>;
