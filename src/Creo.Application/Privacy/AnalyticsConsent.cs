namespace Creo.Application.Privacy;

/// <summary>The person's newest decision on analytics, or null when they have never made one (which means no).</summary>
internal static class AnalyticsConsent
{
    public static Task<ConsentRecord?> LatestAsync(IPrivacyData data, Guid userId, CancellationToken cancellationToken) =>
        data.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId && c.Purpose == ConsentPurpose.Analytics)
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
