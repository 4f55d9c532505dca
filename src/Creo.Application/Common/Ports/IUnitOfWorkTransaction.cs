namespace Creo.Application.Common.Ports;

/// <summary>An open transaction: disposed without a commit, it rolls back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
