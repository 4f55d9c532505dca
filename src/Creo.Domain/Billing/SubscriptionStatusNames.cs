namespace Creo.Domain.Billing;

/// <summary>
/// The stable names a <see cref="SubscriptionStatus"/> is stored and shown under (<c>active</c>, <c>past_due</c>, …).
/// They are the strings the database already holds, so reading and writing them needs no data migration; a name we do
/// not know reads as <see cref="SubscriptionStatus.Unknown"/> rather than failing the row.
/// </summary>
public static class SubscriptionStatusNames
{
    public const int MaxLength = 32;

    public static string Of(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Incomplete => "incomplete",
        SubscriptionStatus.IncompleteExpired => "incomplete_expired",
        SubscriptionStatus.Trialing => "trialing",
        SubscriptionStatus.Active => "active",
        SubscriptionStatus.PastDue => "past_due",
        SubscriptionStatus.Unpaid => "unpaid",
        SubscriptionStatus.Canceled => "canceled",
        SubscriptionStatus.Paused => "paused",
        _ => "unknown",
    };

    public static SubscriptionStatus Parse(string? name) => name switch
    {
        "incomplete" => SubscriptionStatus.Incomplete,
        "incomplete_expired" => SubscriptionStatus.IncompleteExpired,
        "trialing" => SubscriptionStatus.Trialing,
        "active" => SubscriptionStatus.Active,
        "past_due" => SubscriptionStatus.PastDue,
        "unpaid" => SubscriptionStatus.Unpaid,
        "canceled" => SubscriptionStatus.Canceled,
        "paused" => SubscriptionStatus.Paused,
        _ => SubscriptionStatus.Unknown,
    };
}
