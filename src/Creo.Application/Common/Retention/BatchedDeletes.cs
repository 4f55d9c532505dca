using System.Linq.Expressions;

namespace Creo.Application.Common.Retention;

/// <summary>
/// Retention deletes in batches, each its own short statement, so a purge never holds locks long enough to
/// stall the requests writing meanwhile. Idempotent: a second run finds nothing left to delete.
/// </summary>
public static class BatchedDeletes
{
    public const int DefaultBatchSize = 5_000;

    /// <summary>Deletes every row matching <paramref name="filter"/>, <paramref name="batchSize"/> keys at a time; returns how many.</summary>
    public static async Task<int> DeleteInBatchesAsync<T, TKey>(
        this IQueryable<T> rows,
        Expression<Func<T, bool>> filter,
        Expression<Func<T, TKey>> key,
        CancellationToken cancellationToken,
        int batchSize = DefaultBatchSize)
        where T : class
    {
        var removed = 0;
        int batch;
        do
        {
            var keys = rows.Where(filter).OrderBy(key).Select(key).Take(batchSize);

            // row => keys.Contains(key(row)), on a parameter of its own: EF rejects one parameter shared by two lambdas.
            var row = Expression.Parameter(typeof(T), "row");
            var keyOfRow = new ParameterSwap(key.Parameters[0], row).Visit(key.Body);
            var inBatch = Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(TKey)], keys.Expression, keyOfRow),
                row);
            batch = await rows.Where(inBatch).ExecuteDeleteAsync(cancellationToken);
            removed += batch;
        }
        while (batch == batchSize);

        return removed;
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
