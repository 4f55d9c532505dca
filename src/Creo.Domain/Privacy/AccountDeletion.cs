namespace Creo.Domain.Privacy;

/// <summary>
/// A person's request to erase their account (policy sections 06 and 07: "Deleted within 30 days of a delete
/// request"). It waits a grace period, during which signing in again and cancelling stops it; then the erasure
/// saga runs and, once every module has erased its part, this row goes too and only an <see cref="ErasureReceipt"/>
/// is left.
/// </summary>
public sealed class AccountDeletion
{
    /// <summary>The policy's outer bound: erasure happens within 30 days of the request.</summary>
    public static readonly TimeSpan LongestGrace = TimeSpan.FromDays(30);

    private AccountDeletion()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset ScheduledFor { get; private set; }

    /// <summary>When the saga began; from then on the deletion can no longer be cancelled.</summary>
    public DateTimeOffset? ErasureStartedAt { get; private set; }

    public bool IsErasing => ErasureStartedAt is not null;

    public static AccountDeletion Schedule(Guid userId, TimeSpan grace, DateTimeOffset now)
    {
        if (grace < TimeSpan.Zero || grace > LongestGrace)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "An account is erased within 30 days of the request.");
        }

        return new AccountDeletion
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            RequestedAt = now,
            // Whole seconds: the date is shown and mailed, and reads back the same from every database.
            ScheduledFor = TruncateToSeconds(now + grace),
        };
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    /// <summary>Erasure without waiting (a reported minor's account): due now, unless it is due already.</summary>
    public void BringForward(DateTimeOffset now)
    {
        if (ScheduledFor > now)
        {
            ScheduledFor = TruncateToSeconds(now);
        }
    }

    public bool IsDueAt(DateTimeOffset now) => ScheduledFor <= now;

    /// <summary>Throws when erasure has begun: from then on there is nothing left to keep.</summary>
    public void EnsureCancellable()
    {
        if (IsErasing)
        {
            throw new DomainException("deletion-in-progress", "The account is being erased and can no longer be kept.");
        }
    }

    public void BeginErasure(DateTimeOffset now)
    {
        if (!IsDueAt(now))
        {
            throw new DomainException("deletion-not-due", $"The account is to be erased on {ScheduledFor:yyyy-MM-dd}, not before.");
        }

        ErasureStartedAt ??= now;
    }

    public ErasureReceipt Complete(ErasureSummary summary, DateTimeOffset now)
    {
        if (!IsErasing)
        {
            throw new DomainException("deletion-not-started", "Erasure has not begun.");
        }

        return ErasureReceipt.For(this, summary, now);
    }
}
