namespace Creo.Application.Common.Ports;

/// <summary>The one transaction a command runs in; implemented by the database context.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
