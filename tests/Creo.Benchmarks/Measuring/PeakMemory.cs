using System.Globalization;

namespace Creo.Benchmarks.Measuring;

/// <summary>
/// The process's peak resident memory (Linux <c>VmHWM</c>), which <see cref="Reset"/> sets back to the current
/// size (writing 5 to <c>/proc/self/clear_refs</c>), so the peak of one piece of work can be read on its own.
/// </summary>
public static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public static long CurrentBytes => ReadStatus("VmRSS:");

    public static long PeakBytes => ReadStatus("VmHWM:");

    private static long ReadStatus(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line[field.Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
