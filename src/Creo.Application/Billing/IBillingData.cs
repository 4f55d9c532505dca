namespace Creo.Application.Billing;

/// <summary>The billing module's data port.</summary>
public interface IBillingData
{
    DbSet<BillingCustomer> BillingCustomers { get; }

    DbSet<Subscription> Subscriptions { get; }

    DbSet<Invoice> Invoices { get; }

    DbSet<CreditPurchase> CreditPurchases { get; }

    DbSet<PaymentReversal> PaymentReversals { get; }

    DbSet<PaymentEventRecord> PaymentEvents { get; }
}
