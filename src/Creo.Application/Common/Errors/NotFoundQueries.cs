using System.Linq.Expressions;

namespace Creo.Application.Common.Errors;

/// <summary>
/// Load-or-404 in one place: the row the predicate names, or a <see cref="NotFoundException"/> saying what was missing.
/// Predicates that also match on the caller's id make another account's row as absent as a missing one.
/// </summary>
public static class NotFoundQueries
{
    public static async Task<T> FirstOrNotFoundAsync<T>(
        this IQueryable<T> source, Expression<Func<T, bool>> predicate, string what, CancellationToken cancellationToken)
        where T : class =>
        await source.FirstOrDefaultAsync(predicate, cancellationToken) ?? throw new NotFoundException(what);
}
