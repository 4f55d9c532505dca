namespace Creo.Domain.Billing;

/// <summary>
/// Where a subscription stands, in our words. The payment provider's statuses are mapped onto these at the edge, and a
/// status we do not know becomes <see cref="Unknown"/>, which grants nothing.
/// </summary>
public enum SubscriptionStatus
{
    /// <summary>A status we do not recognise (a provider added one, or a stored value we cannot read): no access.</summary>
    Unknown = 0,

    /// <summary>Started, first payment not yet through.</summary>
    Incomplete,

    /// <summary>The first payment never came through; the subscription never began.</summary>
    IncompleteExpired,

    Trialing,

    Active,

    /// <summary>A renewal failed and is being retried; the person keeps access meanwhile.</summary>
    PastDue,

    /// <summary>Retries ran out without payment.</summary>
    Unpaid,

    Canceled,

    Paused,
}
