namespace Creo.Application.Credits;

/// <summary>
/// Reads shared by capture and release. A racing settlement that slips past <see cref="IsSettledAsync"/> is
/// still stopped by the unique source key both share, and its command fails and is retried.
/// </summary>
internal static class HoldSettlement
{
    public static Task<CreditEntry?> FindHoldAsync(ICreditsData data, string holdKey, CancellationToken cancellationToken)
    {
        var sourceKey = CreditSourceKeys.HoldOf(holdKey);
        return data.CreditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.SourceKey == sourceKey, cancellationToken);
    }

    public static Task<bool> IsSettledAsync(ICreditsData data, string holdKey, CancellationToken cancellationToken)
    {
        var sourceKey = CreditSourceKeys.SettlementOf(holdKey);
        return data.CreditEntries.AnyAsync(e => e.SourceKey == sourceKey, cancellationToken);
    }
}
