using Creo.Application.Privacy.RunAccountErasure;

namespace Creo.Application.Privacy.StartDueErasures;

internal sealed class StartDueErasuresJobHandler(IPrivacyData data, IJobScheduler jobs, TimeProvider clock, ILogger<StartDueErasuresJobHandler> logger)
    : IJobHandler<StartDueErasuresJob>
{
    public async Task RunAsync(StartDueErasuresJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await data.AccountDeletions.AsNoTracking()
            .Where(d => d.ScheduledFor <= now)
            .OrderBy(d => d.ScheduledFor)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        due.ForEach(id => jobs.Enqueue(new RunAccountErasureJob(id)));
        logger.LogInformation("Account erasure started for {Due} account(s) past their deletion date", due.Count);
    }
}
