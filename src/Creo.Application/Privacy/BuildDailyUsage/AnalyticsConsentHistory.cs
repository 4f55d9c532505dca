namespace Creo.Application.Privacy.BuildDailyUsage;

/// <summary>
/// Every analytics decision of a set of people up to a moment, to ask what was in force at any earlier time.
/// Consent records are append-only and time-stamped, so "was analytics allowed when this happened?" has one
/// answer: the newest decision recorded at or before it (none means no).
/// </summary>
internal sealed class AnalyticsConsentHistory
{
    /// <summary>People per query, to keep the <c>IN</c> list well under every provider's parameter limit.</summary>
    private const int BatchSize = 500;

    private readonly Dictionary<Guid, List<(DateTimeOffset At, bool Granted)>> decisions;

    private AnalyticsConsentHistory(Dictionary<Guid, List<(DateTimeOffset At, bool Granted)>> decisions) => this.decisions = decisions;

    public static async Task<AnalyticsConsentHistory> LoadAsync(IPrivacyData data, IReadOnlyCollection<Guid> people, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var decisions = new Dictionary<Guid, List<(DateTimeOffset At, bool Granted)>>();
        foreach (var batch in people.Chunk(BatchSize))
        {
            var records = await data.ConsentRecords.AsNoTracking()
                .Where(c => c.Purpose == ConsentPurpose.Analytics && batch.Contains(c.UserId) && c.RecordedAt <= until)
                .Select(c => new { c.UserId, c.Id, c.RecordedAt, c.Granted })
                .ToListAsync(cancellationToken);
            foreach (var person in records.GroupBy(r => r.UserId))
            {
                decisions[person.Key] = [.. person.OrderBy(r => r.Id).Select(r => (r.RecordedAt, r.Granted))];
            }
        }

        return new AnalyticsConsentHistory(decisions);
    }

    public bool AllowedAt(Guid userId, DateTimeOffset moment)
    {
        if (!decisions.TryGetValue(userId, out var history))
        {
            return false;
        }

        // No decision yet at that moment reads as (default, false): not allowed.
        return history.LastOrDefault(d => d.At <= moment).Granted;
    }
}
