namespace Creo.Application.Credits.ExpireSubscriptionCredits;

internal sealed class ExpireSubscriptionCreditsJobHandler(ICreditsData data, IMediator mediator, TimeProvider clock, ILogger<ExpireSubscriptionCreditsJobHandler> logger)
    : IJobHandler<ExpireSubscriptionCreditsJob>
{
    /// <summary>People per run, each in a transaction of their own, so a run never holds locks for long.</summary>
    private const int BatchSize = 200;

    public async Task RunAsync(ExpireSubscriptionCreditsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = await data.CreditEntries.AsNoTracking()
            .Where(e => e.Kind == CreditEntryKind.SubscriptionGrant && e.ExpiresAt <= now
                && !data.CreditEntries.Any(x => x.SourceKey == CreditSourceKeys.ExpiryPrefix + e.SourceKey))
            .Select(e => e.UserId).Distinct().Take(BatchSize)
            .ToListAsync(cancellationToken);
        var lapsed = 0;
        foreach (var userId in people)
        {
            lapsed += await mediator.Send(new ExpireSubscriptionCreditsCommand(userId), cancellationToken);
        }

        logger.LogInformation("Lapsed {Grants} subscription grants of {People} people", lapsed, people.Count);
    }
}
