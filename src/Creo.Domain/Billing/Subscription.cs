namespace Creo.Domain.Billing;

/// <summary>
/// A person's subscription as the payment provider last told us. Provider events can arrive out of order, so
/// each state carries the time the provider produced it, and an older state never replaces a newer one.
/// </summary>
public sealed class Subscription
{
    private Subscription()
    {
        ProviderSubscriptionId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string ProviderSubscriptionId { get; private set; }

    /// <summary>Our plan id, or null when the provider's price matches none we offer.</summary>
    public string? PlanId { get; private set; }

    /// <summary>Where the subscription stands, mapped from the provider's status at the edge.</summary>
    public SubscriptionStatus Status { get; private set; }

    public DateTimeOffset? CurrentPeriodStart { get; private set; }

    public DateTimeOffset? CurrentPeriodEnd { get; private set; }

    public bool CancelAtPeriodEnd { get; private set; }

    /// <summary>When the provider produced the state we hold (its event's creation time).</summary>
    public DateTimeOffset StateAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Statuses in which the person has what they pay for (a failed renewal keeps access while retried).</summary>
    public static readonly SubscriptionStatus[] AccessStatuses = [SubscriptionStatus.Active, SubscriptionStatus.Trialing, SubscriptionStatus.PastDue];

    public bool GrantsAccess => AccessStatuses.Contains(Status);

    public static Subscription Start(Guid id, Guid userId, string providerSubscriptionId, DateTimeOffset now) => new()
    {
        Id = id,
        UserId = userId,
        ProviderSubscriptionId = providerSubscriptionId,
        Status = SubscriptionStatus.Incomplete,
        StateAt = DateTimeOffset.MinValue,
        UpdatedAt = now,
    };

    /// <summary>Takes a state produced at <paramref name="stateAt"/>; returns false, changing nothing, when ours is newer.</summary>
    public bool Apply(string? planId, SubscriptionStatus status, DateTimeOffset? periodStart, DateTimeOffset? periodEnd, bool cancelAtPeriodEnd, DateTimeOffset stateAt, DateTimeOffset now)
    {
        if (stateAt < StateAt)
        {
            return false;
        }

        PlanId = planId;
        Status = status;
        CurrentPeriodStart = periodStart;
        CurrentPeriodEnd = periodEnd;
        CancelAtPeriodEnd = cancelAtPeriodEnd;
        StateAt = stateAt;
        UpdatedAt = now;
        return true;
    }
}
