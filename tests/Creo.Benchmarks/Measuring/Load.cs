using System.Diagnostics;

namespace Creo.Benchmarks.Measuring;

/// <summary>Runs an operation a number of times from several concurrent workers, timing each call.</summary>
public static class Load
{
    public sealed record Result(int Operations, TimeSpan Elapsed, Latencies Latencies)
    {
        public double PerSecond => Operations / Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Calls <paramref name="operation"/> (given the call's index) <paramref name="operations"/> times in all,
    /// <paramref name="workers"/> at once.
    /// </summary>
    public static async Task<Result> RunAsync(int operations, int workers, Func<int, Task> operation)
    {
        var latencies = new Latencies();
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < operations)
            {
                await latencies.TimeAsync(() => operation(index));
            }
        })));
        return new Result(operations, Stopwatch.GetElapsedTime(started), latencies);
    }

    /// <summary>Keeps calling <paramref name="operation"/> from one worker until <paramref name="stop"/> is cancelled.</summary>
    public static async Task<Latencies> UntilAsync(CancellationToken stop, Func<Task> operation)
    {
        var latencies = new Latencies();
        while (!stop.IsCancellationRequested)
        {
            await latencies.TimeAsync(operation);
        }

        return latencies;
    }
}
