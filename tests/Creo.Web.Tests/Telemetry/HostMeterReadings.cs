using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Creo.Application.Common.Telemetry;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// What one host's <c>Creo</c> meter has recorded, named as the Prometheus exporter names it
/// (<c>creo.generations.submitted</c> → <c>creo_generations_submitted_total</c>, a histogram in seconds →
/// <c>…_seconds_count</c>). Why not the scrape: the OpenTelemetry SDK keys a metric stream by meter and instrument
/// name, not by host, so in a test process holding many hosts the <c>Creo</c> counters were seen missing from a live
/// host's own <c>/metrics</c> in a full run (the likely cause: a stream merged with another host's, dropped when that
/// host was disposed), while the class alone passed. A production process has one
/// host. This listener takes only instruments whose meter came from this host's <see cref="IMeterFactory"/>.
/// </summary>
public sealed class HostMeterReadings : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), double> totals = new();

    public HostMeterReadings(IMeterFactory hostMeters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CreoMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, hostMeters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    /// <summary>
    /// A copy of the totals now, to compare with a later one; the observable gauges (the job queue) are observed
    /// first, so they hold their value of this moment.
    /// </summary>
    public Snapshot Read()
    {
        listener.RecordObservableInstruments();
        return new(totals.ToDictionary(pair => pair.Key, pair => pair.Value));
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = string.Join(',', tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
        var name = instrument.Name.Replace('.', '_');
        if (instrument is ObservableGauge<long>)
        {
            // A gauge is a level, not a count: the last observation, named as the exporter names it.
            totals[(name, labels)] = value;
            return;
        }

        if (instrument is Histogram<double>)
        {
            // One sample counted per measurement, as the exporter's _count series does.
            totals.AddOrUpdate(($"{name}{(instrument.Unit == "s" ? "_seconds" : "")}_count", labels), 1, (_, total) => total + 1);
            return;
        }

        totals.AddOrUpdate(($"{name}_total", labels), value, (_, total) => total + value);
    }

    public sealed class Snapshot(IReadOnlyDictionary<(string Name, string Labels), double> totals)
    {
        /// <summary>Every series recorded, by name and labels.</summary>
        public IEnumerable<(string Name, string Labels)> Keys => totals.Keys;

        /// <summary>The sum of every series named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
        public double Sum(string name, params (string Key, string Value)[] labels) => totals
            .Where(pair => pair.Key.Name == name && labels.All(l => pair.Key.Labels.Split(',').Contains($"{l.Key}={l.Value}")))
            .Sum(pair => pair.Value);

        public string Text => string.Join('\n', totals.Select(pair => $"{pair.Key.Name}{{{pair.Key.Labels}}} {pair.Value}"));
    }
}
