using Creo.Domain.Credits;
using Creo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Scale;

/// <summary>One person's ledger as the database holds it: how many entries of each kind, and the stored balance.</summary>
public sealed record LedgerFacts(int Holds, int Captures, int Releases, long HeldCredits, long Balance)
{
    public static async Task<LedgerFacts> ReadAsync(CreoDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var entries = await db.CreditEntries.AsNoTracking().Where(e => e.UserId == userId)
            .Select(e => new { e.Kind, e.Amount }).ToListAsync(cancellationToken);
        var balance = await db.CreditAccounts.AsNoTracking().Where(a => a.UserId == userId).Select(a => a.Balance).SingleAsync(cancellationToken);
        return new LedgerFacts(
            entries.Count(e => e.Kind == CreditEntryKind.Hold),
            entries.Count(e => e.Kind == CreditEntryKind.Capture),
            entries.Count(e => e.Kind == CreditEntryKind.Release),
            -entries.Where(e => e.Kind == CreditEntryKind.Hold).Sum(e => e.Amount),
            balance);
    }
}
