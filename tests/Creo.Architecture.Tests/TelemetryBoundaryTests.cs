using Creo.Application.Common.Jobs;
using Creo.Application.Common.Telemetry;
using Creo.Architecture.Tests.Rules;
using Mediator;

namespace Creo.Architecture.Tests;

/// <summary>
/// Metrics are observed from outside the use cases: pipeline behaviors, the job runner and the webhook routes count,
/// handlers never do (a handler that counted would count work its transaction later undid, and scatter the meter
/// through every module). Anything may name the meter; no handler may.
/// </summary>
public sealed class TelemetryBoundaryTests
{
    [Fact]
    public void No_handler_records_a_metric_itself()
    {
        var counting = HandlersThatCount(Layers.Application.GetTypes());

        Assert.True(counting.Count == 0, $"These handlers use CreoMetrics; count from a pipeline behavior instead: {string.Join(", ", counting.Select(t => t.Name))}");
    }

    [Fact]
    public void A_planted_handler_that_counts_is_reported_and_a_behavior_that_counts_is_not()
    {
        var counting = HandlersThatCount(RuleSubjects.Planted("Telemetry"));

        Assert.Equal([typeof(Planted.Telemetry.PlantedCountingJobHandler)], counting);
    }

    private static List<Type> HandlersThatCount(IEnumerable<Type> types) =>
        [.. types.Where(t => !t.IsAbstract && t.GetInterfaces().Any(IsHandlerInterface) && TypeDependencies.Of(t).Any(d => d.FullName == typeof(CreoMetrics).FullName))];

    private static bool IsHandlerInterface(Type i) =>
        i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
            || i.GetGenericTypeDefinition() == typeof(IJobHandler<>));
}
