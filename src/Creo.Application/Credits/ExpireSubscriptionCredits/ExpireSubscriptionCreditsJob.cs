namespace Creo.Application.Credits.ExpireSubscriptionCredits;

/// <summary>Lapses subscription credits whose period ended (a renewal does it at once; this catches subscriptions that ended).</summary>
public sealed record ExpireSubscriptionCreditsJob : IJob
{
    public const string RecurringName = "Lapse unused subscription credits at the end of their period";
}
