namespace Creo.Application.Common.Jobs;

/// <summary>
/// A job that works through every account a page at a time, each page its own command and so its own transaction:
/// a crash loses at most the page in flight, which the next run does again.
/// </summary>
public static class PagedRuns
{
    /// <summary>Accounts per page: small enough that a page is one short transaction, large enough to move on.</summary>
    public const int PageSize = 200;

    /// <summary>Runs <paramref name="page"/> from the start until it names no next key; returns the sum of what the pages counted.</summary>
    public static async Task<int> RunAsync(Func<Guid?, Task<(int Counted, Guid? Next)>> page)
    {
        var counted = 0;
        Guid? after = null;
        do
        {
            var (done, next) = await page(after);
            counted += done;
            after = next;
        }
        while (after is not null);

        return counted;
    }
}
