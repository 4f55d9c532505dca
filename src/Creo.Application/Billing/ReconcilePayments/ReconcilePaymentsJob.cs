namespace Creo.Application.Billing.ReconcilePayments;

/// <summary>Asks the provider for events since the newest one we hold, so a missed webhook is still applied.</summary>
public sealed record ReconcilePaymentsJob : IJob
{
    public const string RecurringName = "Fetch payment events a webhook may have missed";
}
