namespace Creo.Application.Common.Ports;

/// <summary>The one transaction a command runs in; implemented by the database context.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> once the current command's transaction has committed, and never if it
    /// rolls back: a job that reads the command's rows is enqueued only when they are there to read.
    /// </summary>
    void AfterCommit(Action action);

    /// <summary>Called by the unit-of-work behaviour after a commit: runs what <see cref="AfterCommit"/> queued.</summary>
    void Committed();

    /// <summary>Called after a rollback: drops the queued actions and every unsaved change, so the scope can go on cleanly.</summary>
    void RolledBack();
}
