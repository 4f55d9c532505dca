using Creo.Application.Common.Jobs;
using Creo.Application.Privacy.EnsureSeedPolicy;
using Creo.Infrastructure.Privacy;
using Mediator;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies the provider's migrations, registers the recurring jobs and stores the seed policy as version 1. Runs before the app takes
    /// requests; instances starting together take turns (<see cref="StartupLock"/>), so none migrates what another already has.
    /// </summary>
    public static async Task InitializeCreoDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        await using var turn = await StartupLock.TakeAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        RecurringJobs.Schedule(scope.ServiceProvider.GetRequiredService<IJobScheduler>());

        var privacy = scope.ServiceProvider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new EnsureSeedPolicyCommand(privacy.SeedPolicyEffectiveAt, SeedPolicy.ReadText()), cancellationToken);
    }
}
