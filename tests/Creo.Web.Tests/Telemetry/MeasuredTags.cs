using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// Every tag value any instrument in this process records while it listens (the <c>Creo</c> meter, ASP.NET Core's,
/// HttpClient's, the runtime's): what a metrics backend would index. For proving a secret never becomes a tag.
/// </summary>
public sealed class MeasuredTags : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<string> tags = new();

    public MeasuredTags()
    {
        listener.InstrumentPublished = (instrument, meters) => meters.EnableMeasurementEvents(instrument);
        listener.SetMeasurementEventCallback<long>((instrument, _, measured, _) => Keep(instrument, measured));
        listener.SetMeasurementEventCallback<int>((instrument, _, measured, _) => Keep(instrument, measured));
        listener.SetMeasurementEventCallback<double>((instrument, _, measured, _) => Keep(instrument, measured));
        listener.Start();
    }

    public IReadOnlyCollection<string> Values => tags;

    public bool Contain(string needle) => tags.Any(tag => tag.Contains(needle, StringComparison.Ordinal));

    public void Dispose() => listener.Dispose();

    private void Keep(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> measured)
    {
        foreach (var tag in measured)
        {
            tags.Enqueue($"{instrument.Meter.Name}/{instrument.Name} {tag.Key}={tag.Value}");
        }
    }
}
