using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Creo.Benchmarks.Measuring;

/// <summary>Markdown for <c>docs/performance.md</c>: one section per scenario, figures in tables.</summary>
public sealed class Report
{
    private readonly StringBuilder text = new();

    public void Section(string title, string explanation)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine().AppendLine(explanation).AppendLine();
    }

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        text.AppendLine();
    }

    public void Paragraph(string paragraph) => text.AppendLine(paragraph).AppendLine();

    /// <summary>The whole document: how it was made, on what, when, then the sections.</summary>
    public string Render(string command, TimeSpan took, string postgresVersion)
    {
        var header = new StringBuilder();
        header.AppendLine("# Performance").AppendLine();
        header.AppendLine(CultureInfo.InvariantCulture, $"Written by `{command}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC in {took.TotalMinutes:0.0} min; do not edit by hand.").AppendLine();
        header.AppendLine("| machine | |").AppendLine("|---|---|");
        header.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {Cpu()} ({Environment.ProcessorCount} logical cores) |");
        header.AppendLine(CultureInfo.InvariantCulture, $"| memory | {MemoryGiB():0.#} GiB |");
        header.AppendLine(CultureInfo.InvariantCulture, $"| OS | {RuntimeInformation.OSDescription} |");
        header.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {RuntimeInformation.FrameworkDescription}, server GC, Release build |");
        header.AppendLine(CultureInfo.InvariantCulture, $"| PostgreSQL | {postgresVersion} on the same machine, over TCP on 127.0.0.1 |");
        header.AppendLine();
        return header.Append(text).ToString();
    }

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Number(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    private static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
