namespace Creo.Application.Credits;

/// <summary>
/// The documented rule for subscription credits: they are spent before any others, and what is left of a
/// period's credits lapses when the period ends. What is left is the grant minus what was spent since it
/// arrived, never more than the balance — so bought and starter credits are never touched by a lapse.
/// </summary>
internal sealed class SubscriptionCreditExpiry(ICreditsData data, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public const string Rule =
        "Subscription credits are spent before any others. What is left of a period's credits lapses when that period ends; bought and starter credits never lapse.";

    /// <summary>Lapses every subscription grant of the person whose period has ended and that has not lapsed yet.</summary>
    public async Task<int> ExpireLapsedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var grants = await data.CreditEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.Kind == CreditEntryKind.SubscriptionGrant && e.ExpiresAt <= now)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var lapsed = 0;
        foreach (var grant in grants)
        {
            lapsed += await ExpireAsync(grant, now, cancellationToken) ? 1 : 0;
        }

        return lapsed;
    }

    private async Task<bool> ExpireAsync(CreditEntry grant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sourceKey = CreditSourceKeys.ExpiryOf(grant.SourceKey);
        if (await data.CreditEntries.AnyAsync(e => e.SourceKey == sourceKey, cancellationToken))
        {
            return false;
        }

        // Holds debit and releases credit back; their sum since the grant is what the person spent since.
        var spentSince = -await data.CreditEntries
            .Where(e => e.UserId == grant.UserId && e.Id.CompareTo(grant.Id) > 0 && (e.Kind == CreditEntryKind.Hold || e.Kind == CreditEntryKind.Release))
            .SumAsync(e => e.Amount, cancellationToken);
        var balance = await CreditBalances.ReadAsync(data, grant.UserId, cancellationToken) ?? 0;
        var left = Math.Clamp(grant.Amount - spentSince, 0, balance);
        data.CreditEntries.Add(CreditEntry.Expire(grant.UserId, left, $"Subscription credits lapsed at the end of their period ({left} unused)", sourceKey, now));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
