using Microsoft.EntityFrameworkCore.Storage;

namespace Creo.Infrastructure.Persistence;

internal sealed class EfTransaction(IDbContextTransaction transaction) : IUnitOfWorkTransaction
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
