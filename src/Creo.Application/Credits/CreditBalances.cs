namespace Creo.Application.Credits;

/// <summary>The one read of a balance (the trigger-maintained column), shared by the queries and commands that only need it.</summary>
internal static class CreditBalances
{
    /// <summary>The balance, or null when the person has no credit account yet.</summary>
    public static Task<long?> ReadAsync(ICreditsData data, Guid userId, CancellationToken cancellationToken) =>
        data.CreditAccounts.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => (long?)a.Balance)
            .FirstOrDefaultAsync(cancellationToken);
}
