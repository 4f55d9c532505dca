using System.Runtime.CompilerServices;

namespace Creo.Application.Common.PersonalData;

/// <summary>The export's row streams: a query read row by row, untracked, each row let go once it is written.</summary>
public static class PersonalDataStream
{
    public static async IAsyncEnumerable<PersonalDataRow> Rows<TRow>(
        IQueryable<TRow> rows, Func<TRow, IReadOnlyList<PersonalDataFile>>? files, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRow : class
    {
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new PersonalDataRow(row, files is null ? [] : files(row));
        }
    }

    /// <summary>Ascending by <paramref name="key"/>, or descending for the people-facing page.</summary>
    public static IQueryable<TRow> Ordered<TRow, TKey>(this IQueryable<TRow> rows, System.Linq.Expressions.Expression<Func<TRow, TKey>> key, bool newestFirst) =>
        newestFirst ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
