using Creo.Application.Accounts.PurgeExpiredSessions;
using Creo.Application.Billing.PurgeBillingRecords;
using Creo.Application.Billing.ReconcilePayments;
using Creo.Application.Common.RequestLogs.PurgeRequestLogs;
using Creo.Application.Credits.ExpireSubscriptionCredits;
using Creo.Application.Generations.PurgeUnusedUploads;
using Creo.Application.Generations.ReconcileGenerations;
using Creo.Application.Privacy.BuildDailyUsage;
using Creo.Application.Privacy.PurgeExpiredExports;
using Creo.Application.Privacy.RemindDueRequests;
using Creo.Application.Privacy.StartDueErasures;

namespace Creo.Application.Common.Jobs;

/// <summary>Every recurring job, named for what it does (operators see these names on the dashboard).</summary>
public static class RecurringJobs
{
    public static void Schedule(IJobScheduler scheduler)
    {
        scheduler.AddOrUpdateRecurring(PurgeRequestLogsJob.RecurringName, new PurgeRequestLogsJob(), "17 3 * * *");
        scheduler.AddOrUpdateRecurring(ReconcileGenerationsJob.RecurringName, new ReconcileGenerationsJob(), "*/2 * * * *");
        scheduler.AddOrUpdateRecurring(ExpireSubscriptionCreditsJob.RecurringName, new ExpireSubscriptionCreditsJob(), "5 * * * *");
        scheduler.AddOrUpdateRecurring(ReconcilePaymentsJob.RecurringName, new ReconcilePaymentsJob(), "*/15 * * * *");
        scheduler.AddOrUpdateRecurring(PurgeExpiredSessionsJob.RecurringName, new PurgeExpiredSessionsJob(), "27 3 * * *");
        scheduler.AddOrUpdateRecurring(PurgeBillingRecordsJob.RecurringName, new PurgeBillingRecordsJob(), "37 3 * * *");
        scheduler.AddOrUpdateRecurring(StartDueErasuresJob.RecurringName, new StartDueErasuresJob(), "45 * * * *");
        scheduler.AddOrUpdateRecurring(BuildDailyUsageJob.RecurringName, new BuildDailyUsageJob(), "47 * * * *");

        // Hourly: an archive leaves storage within the hour its download period ends.
        scheduler.AddOrUpdateRecurring(PurgeExpiredExportsJob.RecurringName, new PurgeExpiredExportsJob(), "52 * * * *");

        // Hourly: an upload nobody used is gone at most an hour after its 24 hours are up.
        scheduler.AddOrUpdateRecurring(PurgeUnusedUploadsJob.RecurringName, new PurgeUnusedUploadsJob(), "57 * * * *");

        // Daily, early in the working day (UTC), so support has the day to answer.
        scheduler.AddOrUpdateRecurring(RemindDueRequestsJob.RecurringName, new RemindDueRequestsJob(), "0 7 * * *");
    }
}
