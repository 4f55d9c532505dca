using System.Diagnostics.Metrics;
using Creo.Infrastructure.Telemetry;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Tests.Telemetry;

/// <summary>
/// The job queue's gauges read Hangfire's own monitoring numbers: jobs waiting, running and failed for good. Read
/// through a MeterListener on this test's own meter factory, so another host in the process cannot add to them.
/// </summary>
public sealed class JobQueueGaugesTests
{
    [Fact]
    public void The_gauges_are_the_jobs_enqueued_processing_and_failed_in_hangfire()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var storage = new InMemoryStorage();

        // No filters: Hangfire's global retry filter would turn the failed state into a scheduled retry.
        var jobs = new BackgroundJobClient(storage, new JobFilterCollection());
        jobs.Enqueue(() => IdleJob.Nothing());
        jobs.Enqueue(() => IdleJob.Nothing());
        jobs.Enqueue(() => IdleJob.Nothing());
        jobs.Create(() => IdleJob.Nothing(), new FailedState(new InvalidOperationException("broken")));
        jobs.Create(() => IdleJob.Nothing(), new FailedState(new InvalidOperationException("broken")));

        _ = new JobQueueGauges(meters, storage);
        var read = Read(meters);

        Assert.Equal(3, read["creo.jobs.enqueued"]);
        Assert.Equal(0, read["creo.jobs.processing"]);
        Assert.Equal(2, read["creo.jobs.failed"]);
    }

    private static Dictionary<string, long> Read(IMeterFactory meters)
    {
        var read = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => read[instrument.Name] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return read;
    }
}

/// <summary>A job body for Hangfire to store; no server runs here, so it never runs.</summary>
public static class IdleJob
{
    public static void Nothing()
    {
    }
}
