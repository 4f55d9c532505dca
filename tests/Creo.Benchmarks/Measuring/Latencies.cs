using System.Diagnostics;

namespace Creo.Benchmarks.Measuring;

/// <summary>Durations of single operations, for percentiles; thread-safe, so concurrent workers can share one.</summary>
public sealed class Latencies
{
    private readonly List<double> milliseconds = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (gate)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public void Add(Latencies other)
    {
        double[] theirs;
        lock (other.gate)
        {
            theirs = [.. other.milliseconds];
        }

        lock (gate)
        {
            milliseconds.AddRange(theirs);
        }
    }

    /// <summary>Times one call of <paramref name="operation"/> and records it.</summary>
    public async Task TimeAsync(Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        await operation();
        Add(Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The nearest-rank percentile (0 &lt; p ≤ 100) in milliseconds.</summary>
    public double Percentile(double p)
    {
        lock (gate)
        {
            if (milliseconds.Count == 0)
            {
                throw new InvalidOperationException("No operation was timed.");
            }

            var sorted = milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
            return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
        }
    }

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);
}
