namespace Creo.Application.Privacy;

/// <summary>
/// Adds one view to a page's count for a day, creating the day's row if it is the first. It is one atomic upsert in
/// the database, because two views arriving together must both count and neither may fail on the other's insert.
/// </summary>
public interface IPageViewCounter
{
    Task IncrementAsync(DateOnly day, string page, CancellationToken cancellationToken);
}
