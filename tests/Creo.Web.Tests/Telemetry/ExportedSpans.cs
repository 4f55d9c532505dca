using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Creo.Web.Tests.Telemetry;

/// <summary>
/// The spans an app exported, through OpenTelemetry's in-memory exporter (what an OTLP collector would have received,
/// enrichment and redaction done). Safe to read while the app still exports: the exporter adds under the same lock.
/// </summary>
public sealed class ExportedSpans : ICollection<Activity>
{
    private readonly List<Activity> spans = [];

    /// <summary>Adds the exporter to an app's tracer provider (call from the fixture's ConfigureServices).</summary>
    public void ExportFrom(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(this));

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    /// <summary>Every word a span carries to a collector: its name, its tags' values and its events' names and tags.</summary>
    public IReadOnlyList<string> Texts() =>
        [.. Snapshot().SelectMany(span => new[] { span.DisplayName, span.OperationName }
            .Concat(span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")))
            .Concat(span.Baggage.Select(item => $"{item.Key}={item.Value}")))];

    public int Count => Snapshot().Count;

    public bool IsReadOnly => false;

    public void Add(Activity item)
    {
        lock (spans)
        {
            spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (spans)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item) => Snapshot().Contains(item);

    public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(Activity item)
    {
        lock (spans)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
