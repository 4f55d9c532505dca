using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Creo.Testing;

/// <summary>
/// The request log is written in batches behind the requests, by one reader in arrival order. A marker request sent
/// last and seen in the table means every request before it has been written too: the state a test that searches
/// the log (or the whole database) waits for, instead of sleeping.
/// </summary>
public static class RequestLogMarker
{
    public static async Task WaitUntilWrittenAsync(HttpClient http, TestDatabase database)
    {
        var path = $"/api/request-log-marker-{Guid.NewGuid():N}";
        using (await http.GetAsync(path, TestContext.Current.CancellationToken))
        {
        }

        await Eventually.UntilAsync(
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.RequestLogs.AsNoTracking().AnyAsync(e => e.Path == path, TestContext.Current.CancellationToken);
            },
            written => written,
            _ => $"The request log never showed the marker {path}.");
    }
}
