using Microsoft.EntityFrameworkCore.Storage;

namespace Creo.Infrastructure.Persistence;

/// <summary>A command's transaction; its commit carries the statements the command handed to it (<see cref="StatementsWithCommit"/>).</summary>
internal sealed class EfTransaction(IDbContextTransaction transaction, StatementsWithCommit withCommit) : IUnitOfWorkTransaction
{
    public Task CommitAsync(CancellationToken cancellationToken) =>
        withCommit.IsEmpty ? transaction.CommitAsync(cancellationToken) : withCommit.CommitAsync(transaction, cancellationToken);

    public ValueTask DisposeAsync()
    {
        // Whatever was not sent (the command failed before its commit) is dropped with the transaction.
        withCommit.Clear();
        return transaction.DisposeAsync();
    }
}
