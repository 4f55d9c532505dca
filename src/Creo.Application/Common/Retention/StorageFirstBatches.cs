namespace Creo.Application.Common.Retention;

/// <summary>
/// Retention for rows that name a stored object: a batch at a time, the handler removes each row's object first and
/// then changes or removes the row, and the batch is saved before the next is read. A crash between the two only
/// repeats a delete (removing a missing object is not an error), and a re-run finds nothing left to do, because a
/// handled row leaves <c>selection</c>.
/// </summary>
public static class StorageFirstBatches
{
    public const int BatchSize = 200;

    /// <summary>Runs <paramref name="handle"/> on every row of <paramref name="selection"/> (ordered by key); returns how many.</summary>
    public static async Task<int> HandleInSavedBatchesAsync<T>(
        this IQueryable<T> selection, IUnitOfWork unitOfWork, Func<IReadOnlyList<T>, Task> handle, CancellationToken cancellationToken)
    {
        var handled = 0;
        List<T> batch;
        do
        {
            batch = await selection.Take(BatchSize).ToListAsync(cancellationToken);
            await handle(batch);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            handled += batch.Count;
        }
        while (batch.Count == BatchSize);

        return handled;
    }
}
