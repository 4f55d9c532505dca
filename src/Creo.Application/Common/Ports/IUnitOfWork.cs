namespace Creo.Application.Common.Ports;

/// <summary>The one transaction a command runs in; implemented by the database context.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves. Inside a command's transaction a failed save leaves the whole transaction failed: the command must
    /// fail too, which is what every caller that turns a constraint violation into an error does.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves inside a savepoint, so a failed save (a unique key another request took first) undoes only itself and
    /// the command can go on reading and writing. For the callers that catch a violation and carry on; the others
    /// save without one (two round trips less, docs/performance.md).
    /// </summary>
    Task<int> SaveChangesOrUndoAsync(CancellationToken cancellationToken);

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
