using System.Diagnostics;
using Xunit;

namespace Creo.Testing;

/// <summary>
/// Waits for something the app does in the background (a job, a webhook's effect): reads every 100 ms until the
/// value is what the test waits for, and fails after 30 s saying what it last saw.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, string> describeFailure, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (waited.Elapsed > (timeout ?? Timeout))
            {
                throw new TimeoutException(describeFailure(value));
            }

            await Task.Delay(Interval, TestContext.Current.CancellationToken);
        }
    }
}
