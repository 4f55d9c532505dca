using System.Globalization;
using System.Text.RegularExpressions;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// A scrape of <c>/metrics</c> in Prometheus's text format, read as Prometheus reads it: one sample per line, a name,
/// labels in braces and a value. Other hosts in this test process share the <c>Creo</c> meter's name, so tests compare
/// a value before and after what they do, never an absolute.
/// </summary>
public sealed partial class PrometheusText(string text)
{
    public string Text => text;

    /// <summary>The sum of every sample named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels)
    {
        var total = 0d;
        foreach (var line in text.Split('\n'))
        {
            var sample = Sample().Match(line);
            if (!sample.Success || sample.Groups["name"].Value != name)
            {
                continue;
            }

            var found = Label().Matches(sample.Groups["labels"].Value).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
            if (labels.All(label => found.TryGetValue(label.Key, out var value) && value == label.Value))
            {
                total += double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex("(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Label();
}
