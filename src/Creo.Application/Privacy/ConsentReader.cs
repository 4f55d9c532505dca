namespace Creo.Application.Privacy;

/// <summary>The newest decision per purpose: the consent in force (no record means no consent).</summary>
internal static class ConsentReader
{
    public static async Task<ConsentsDto> ReadAsync(IPrivacyData data, Guid userId, bool globalPrivacyControl, CancellationToken cancellationToken)
    {
        var latest = await data.ConsentRecords.AsNoTracking()
            .Where(c => c.UserId == userId)
            .GroupBy(c => c.Purpose)
            .Select(g => g.OrderByDescending(c => c.Id).First())
            .ToListAsync(cancellationToken);
        bool Granted(ConsentPurpose purpose) => latest.FirstOrDefault(c => c.Purpose == purpose)?.Granted ?? false;
        var newest = latest.OrderByDescending(c => c.Id).FirstOrDefault();
        return new ConsentsDto(
            Granted(ConsentPurpose.Analytics) && !globalPrivacyControl,
            Granted(ConsentPurpose.ProductEmails),
            globalPrivacyControl,
            newest?.RecordedAt,
            newest?.PolicyVersion);
    }
}
