using Creo.Application.Common.Jobs;
using Creo.Application.Privacy.EnsureSeedPolicy;
using Creo.Infrastructure.Privacy;
using Mediator;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Whether an instance applies pending migrations as it starts (<c>Database__MigrateOnStart</c>).</summary>
    public const string MigrateOnStartSetting = "Database:MigrateOnStart";

    /// <summary>
    /// Applies the provider's migrations, registers the recurring jobs and stores the seed policy as version 1. Runs before the app takes
    /// requests; instances starting together take turns (<see cref="StartupLock"/>), so none migrates what another already has.
    /// With <c>Database__MigrateOnStart=false</c> (instances of a deploy whose migrate step runs first) it applies nothing and
    /// throws <see cref="PendingMigrationsException"/> when the database is behind.
    /// </summary>
    public static Task InitializeCreoDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.InitializeCreoDatabaseAsync(
            services.GetRequiredService<IConfiguration>().GetValue(MigrateOnStartSetting, true), cancellationToken);

    /// <summary>As above, with <paramref name="migrate"/> deciding whether pending migrations are applied or refused.</summary>
    public static async Task InitializeCreoDatabaseAsync(this IServiceProvider services, bool migrate, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        await using var turn = await StartupLock.TakeAsync(db, cancellationToken);
        if (migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
        {
            throw new PendingMigrationsException(pending);
        }

        RecurringJobs.Schedule(scope.ServiceProvider.GetRequiredService<IJobScheduler>());

        var privacy = scope.ServiceProvider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new EnsureSeedPolicyCommand(privacy.SeedPolicyEffectiveAt, SeedPolicy.ReadText()), cancellationToken);
    }
}
