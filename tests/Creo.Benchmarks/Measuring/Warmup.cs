using System.Runtime;

namespace Creo.Benchmarks.Measuring;

/// <summary>
/// Warms a process until the JIT has settled. .NET compiles each method quickly first and recompiles the busy ones
/// optimised on a background thread (tiered compilation, with profile-guided instrumentation in between); on two cores
/// that takes thousands of calls, and a measurement taken earlier times the compiler as much as the code. A side with
/// more code (Crëo's pipeline against a hand-written batch) would pay longer, so every side is warmed until a whole
/// round of them compiles almost nothing.
/// </summary>
public static class Warmup
{
    /// <summary>A round compiling fewer methods than this is taken as settled (a few are always compiled: timers, pools).</summary>
    private const int SettledMethods = 50;

    private const int MaxRounds = 30;

    /// <summary>Runs <paramref name="round"/> until it compiles fewer than <see cref="SettledMethods"/> methods; returns the rounds run.</summary>
    public static async Task<int> UntilJitSettledAsync(Func<Task> round)
    {
        for (var rounds = 1; ; rounds++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await round();
            if (JitInfo.GetCompiledMethodCount() - compiled < SettledMethods || rounds == MaxRounds)
            {
                return rounds;
            }
        }
    }
}
