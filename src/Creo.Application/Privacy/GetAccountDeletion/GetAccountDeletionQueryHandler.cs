
namespace Creo.Application.Privacy.GetAccountDeletion;

internal sealed class GetAccountDeletionQueryHandler(IPrivacyData data) : IQueryHandler<GetAccountDeletionQuery, AccountDeletionDto?>
{
    public async ValueTask<AccountDeletionDto?> Handle(GetAccountDeletionQuery query, CancellationToken cancellationToken) =>
        await data.AccountDeletions.AsNoTracking()
            .Where(d => d.UserId == query.UserId)
            // Not Mapster: whether erasure has started is computed from a timestamp, not copied.
            .Select(d => new AccountDeletionDto(d.RequestedAt, d.ScheduledFor, d.ErasureStartedAt != null))
            .FirstOrDefaultAsync(cancellationToken);
}
