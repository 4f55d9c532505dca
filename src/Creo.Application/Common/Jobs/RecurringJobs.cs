using Creo.Application.Common.RequestLogs.PurgeRequestLogs;
using Creo.Application.Generations.ReconcileGenerations;

namespace Creo.Application.Common.Jobs;

/// <summary>Every recurring job, named for what it does (operators see these names on the dashboard).</summary>
public static class RecurringJobs
{
    public static void Schedule(IJobScheduler scheduler)
    {
        scheduler.AddOrUpdateRecurring(PurgeRequestLogsJob.RecurringName, new PurgeRequestLogsJob(), "17 3 * * *");
        scheduler.AddOrUpdateRecurring(ReconcileGenerationsJob.RecurringName, new ReconcileGenerationsJob(), "*/2 * * * *");
    }
}
