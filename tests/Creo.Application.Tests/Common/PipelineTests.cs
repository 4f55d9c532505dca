using Creo.Application.Common.Behaviors;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy;
using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Common;

public abstract class PipelineTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    [Fact]
    public async Task The_pipeline_runs_logging_then_validation_then_unit_of_work()
    {
        var order = await App.InScopeAsync(sp => Task.FromResult(
            sp.GetServices<IPipelineBehavior<PublishPolicyVersionCommand, Creo.Application.Privacy.Contracts.PolicyVersionDto>>()
                .Select(b => b.GetType().GetGenericTypeDefinition())
                .ToList()));

        // The metrics behaviors sit inside the unit of work and count only after its commit (CreoMetrics' doc).
        Assert.Equal(
            [
                typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>),
                typeof(Creo.Application.Generations.Telemetry.GenerationMetricsBehavior<,>),
                typeof(Creo.Application.Credits.Telemetry.CreditMetricsBehavior<,>),
                typeof(Creo.Application.Privacy.Telemetry.ErasureMetricsBehavior<,>),
            ],
            order);
    }

    [Fact]
    public async Task An_invalid_command_is_refused_with_every_error_and_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => App.InScopeAsync(async sp =>
            await sp.GetRequiredService<IMediator>().Send(new PublishPolicyVersionCommand(0, default, false, ""), TestContext.Current.CancellationToken)));

        Assert.Equal(
            ["EffectiveAt", "Text", "Version"],
            error.Errors.Select(e => e.PropertyName).Distinct().Order());
        Assert.Equal(1, await CountPoliciesAsync());
    }

    [Fact]
    public async Task A_command_that_fails_halfway_leaves_nothing_behind()
    {
        // A handler that writes (and even saves) before it fails: the unit of work must roll all of it back.
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => App.InScopeAsync<Unit>(async sp =>
        {
            var behavior = new UnitOfWorkBehavior<PublishPolicyVersionCommand, Unit>(sp.GetRequiredService<IUnitOfWork>());
            return await behavior.Handle(
                new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow(), false, "v2"),
                async (_, ct) =>
                {
                    var data = sp.GetRequiredService<IPrivacyData>();
                    data.PolicyVersions.Add(PolicyVersion.Publish(2, App.Clock.GetUtcNow(), false, "v2", App.Clock.GetUtcNow()));
                    await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
                    throw new InvalidOperationException("The provider fell over.");
                },
                TestContext.Current.CancellationToken);
        }));

        Assert.Equal("The provider fell over.", failure.Message);
        Assert.Equal(1, await CountPoliciesAsync());
    }

    [Fact]
    public async Task A_successful_command_is_saved_without_the_handler_saving()
    {
        await App.InScopeAsync(async sp =>
            await sp.GetRequiredService<IMediator>().Send(new PublishPolicyVersionCommand(2, App.Clock.GetUtcNow(), true, "v2"), TestContext.Current.CancellationToken));

        Assert.Equal(2, await CountPoliciesAsync());
    }

    private async Task<int> CountPoliciesAsync()
    {
        await using var db = App.Database.CreateContext();
        return await db.PolicyVersions.CountAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqlitePipelineTests() : PipelineTests(DatabaseProvider.Sqlite);

public sealed class PostgresPipelineTests() : PipelineTests(DatabaseProvider.Postgres);
