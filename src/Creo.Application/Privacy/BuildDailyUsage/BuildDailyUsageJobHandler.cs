namespace Creo.Application.Privacy.BuildDailyUsage;

internal sealed class BuildDailyUsageJobHandler(IMediator mediator, TimeProvider clock, ILogger<BuildDailyUsageJobHandler> logger)
    : IJobHandler<BuildDailyUsageJob>
{
    public async Task RunAsync(BuildDailyUsageJob job, CancellationToken cancellationToken)
    {
        // Yesterday again, because generations submitted just before midnight finish after it.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            var rows = await mediator.Send(new BuildDailyUsageCommand(day), cancellationToken);
            logger.LogInformation("Daily usage for {Day} rebuilt as {Rows} rows", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rows);
        }
    }
}
