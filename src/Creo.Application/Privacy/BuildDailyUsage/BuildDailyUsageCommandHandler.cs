using Creo.Application.Billing.GetTier;
using Creo.Application.Generations.ListGenerationFacts;
using Creo.Application.Billing.Contracts;
using Creo.Application.Generations.Contracts;

namespace Creo.Application.Privacy.BuildDailyUsage;

/// <remarks>
/// Global Privacy Control cannot apply here: it is a header on one request, and a generation's facts carry no
/// request. A GPC request that changes consents is recorded as a refusal, though, and that record counts from then on.
/// The tier is the one the person's subscription gives when the day is built (yesterday's rows are rebuilt through
/// today, so a change of plan late in a day can move that day's generations to the new tier).
/// </remarks>
internal sealed class BuildDailyUsageCommandHandler(IPrivacyData data, IMediator mediator)
    : ICommandHandler<BuildDailyUsageCommand, int>
{
    private const string Succeeded = "succeeded";
    private const string Failed = "failed";

    public async ValueTask<int> Handle(BuildDailyUsageCommand command, CancellationToken cancellationToken)
    {
        // Queued, running and canceled generations neither succeeded nor failed; a running one counts once it ends,
        // when a later run rebuilds its day.
        var finished = (await mediator.Send(new ListGenerationFactsQuery(command.Day), cancellationToken))
            .Where(f => f.Status is Succeeded or Failed)
            .ToList();
        var until = new DateTimeOffset(command.Day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var consents = await AnalyticsConsentHistory.LoadAsync(data, [.. finished.Select(f => f.UserId).Distinct()], until, cancellationToken);
        var counted = finished.Where(f => consents.AllowedAt(f.UserId, f.SubmittedAt)).ToList();

        var tiers = new Dictionary<Guid, string>();
        foreach (var person in counted.Select(f => f.UserId).Distinct())
        {
            tiers[person] = await mediator.Send(new GetTierQuery(person), cancellationToken);
        }

        var rows = counted
            .GroupBy(f => (f.ModelId, Tier: tiers[f.UserId]))
            .Select(group =>
            {
                var row = DailyUsage.Start(command.Day, group.Key.ModelId, group.Key.Tier);
                foreach (var fact in group)
                {
                    if (fact.Status == Succeeded)
                    {
                        row.CountSucceeded(fact.CreditsCaptured);
                    }
                    else
                    {
                        row.CountFailed();
                    }
                }

                return row;
            })
            .ToList();

        // Replace, never add: the unit of work commits the delete and the new rows together.
        await data.DailyUsage.Where(u => u.Day == command.Day).ExecuteDeleteAsync(cancellationToken);
        data.DailyUsage.AddRange(rows);
        return rows.Count;
    }
}
