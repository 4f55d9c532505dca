namespace Creo.Domain.Credits;

/// <summary>
/// One line of the append-only ledger. <see cref="SourceKey"/> names what caused it (a starter grant, a hold for
/// a generation, a paid invoice) and is unique in the database, so no source can credit or debit twice.
/// </summary>
public sealed class CreditEntry
{
    public const int MaxReasonLength = 500;

    public const int MaxSourceKeyLength = 200;

    private CreditEntry()
    {
        SourceKey = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public CreditEntryKind Kind { get; private set; }

    /// <summary>The change of balance: positive credits it, negative debits it.</summary>
    public long Amount { get; private set; }

    /// <summary>What a person reads in their ledger ("Starter credits", an adjustment's reason).</summary>
    public string Reason { get; private set; }

    public string SourceKey { get; private set; }

    public Guid? GenerationId { get; private set; }

    /// <summary>When a subscription grant's credits lapse (what is left of them then); null for credits that never do.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Credits given: starter grant, purchase, subscription grant (only the last may lapse, at <paramref name="expiresAt"/>).</summary>
    public static CreditEntry Grant(Guid userId, CreditEntryKind kind, long amount, string reason, string sourceKey, DateTimeOffset now, DateTimeOffset? expiresAt = null)
    {
        if (kind is not (CreditEntryKind.StarterGrant or CreditEntryKind.Purchase or CreditEntryKind.SubscriptionGrant))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only grants credit the balance this way.");
        }

        if (expiresAt is not null && kind != CreditEntryKind.SubscriptionGrant)
        {
            throw new DomainException("grant-cannot-expire", "Only subscription credits lapse; bought and starter credits are kept.");
        }

        var grant = Create(userId, kind, RequirePositive(amount), reason, sourceKey, null, now);
        grant.ExpiresAt = expiresAt;
        return grant;
    }

    /// <summary>Sets credits aside for a generation; the balance drops now, so they cannot be spent twice.</summary>
    public static CreditEntry Hold(Guid userId, long amount, string holdKey, Guid? generationId, string reason, DateTimeOffset now) =>
        Create(userId, CreditEntryKind.Hold, -RequirePositive(amount), reason, CreditSourceKeys.HoldOf(holdKey), generationId, now);

    /// <summary>
    /// Settles a hold as spent. Capture and release share one source key per hold, so the database lets only
    /// one of them ever exist.
    /// </summary>
    public static CreditEntry Capture(CreditEntry hold, DateTimeOffset now) =>
        Settle(hold, CreditEntryKind.Capture, 0, "Charged for the finished generation", now);

    /// <summary>Settles a hold by giving its credits back.</summary>
    public static CreditEntry Release(CreditEntry hold, string reason, DateTimeOffset now) =>
        Settle(hold, CreditEntryKind.Release, -hold.Amount, reason, now);

    /// <summary>A correction by staff: either sign, never zero, always with a reason.</summary>
    public static CreditEntry Adjust(Guid userId, long amount, string reason, string sourceKey, DateTimeOffset now)
    {
        if (amount == 0)
        {
            throw new DomainException("adjustment-zero", "An adjustment must change the balance.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("adjustment-needs-reason", "An adjustment needs a reason.");
        }

        return Create(userId, CreditEntryKind.Adjustment, amount, reason, sourceKey, null, now);
    }

    /// <summary>
    /// Granted credits that lapsed: takes back at most what is still there (the caller passes that). A lapse of
    /// nothing is still written, once, so the grant is known to be settled.
    /// </summary>
    public static CreditEntry Expire(Guid userId, long amount, string reason, string sourceKey, DateTimeOffset now) =>
        amount >= 0
            ? Create(userId, CreditEntryKind.Expiry, -amount, reason, sourceKey, null, now)
            : throw new DomainException("amount-negative", "A lapse takes credits back; pass how many.");

    private static CreditEntry Settle(CreditEntry hold, CreditEntryKind kind, long amount, string reason, DateTimeOffset now)
    {
        if (hold.Kind != CreditEntryKind.Hold)
        {
            throw new DomainException("not-a-hold", "Only a hold can be captured or released.");
        }

        var holdKey = hold.SourceKey[CreditSourceKeys.HoldPrefix.Length..];
        return Create(hold.UserId, kind, amount, reason, CreditSourceKeys.SettlementOf(holdKey), hold.GenerationId, now);
    }

    private static CreditEntry Create(Guid userId, CreditEntryKind kind, long amount, string reason, string sourceKey, Guid? generationId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(sourceKey) || sourceKey.Length > MaxSourceKeyLength)
        {
            throw new ArgumentException("Every ledger entry needs a source key of at most 200 characters.", nameof(sourceKey));
        }

        return new CreditEntry
        {
            Id = TimeOrderedIds.New(now),
            UserId = userId,
            Kind = kind,
            Amount = amount,
            Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason,
            SourceKey = sourceKey,
            GenerationId = generationId,
            CreatedAt = now,
        };
    }

    private static long RequirePositive(long amount) =>
        amount > 0 ? amount : throw new DomainException("amount-not-positive", "The amount must be more than zero.");
}
