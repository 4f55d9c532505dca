namespace Creo.Application.Billing.PurgeBillingRecords;

/// <summary>Removes webhook-inbox events 30 days after they were applied, and invoices once tax law no longer needs them.</summary>
public sealed record PurgeBillingRecordsJob : IJob
{
    public const string RecurringName = "Remove applied payment events after 30 days and invoices after six years";

    public static readonly TimeSpan InboxRetention = TimeSpan.FromDays(30);
}
