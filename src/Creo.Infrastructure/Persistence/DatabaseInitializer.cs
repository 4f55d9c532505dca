using Creo.Application.Common.Jobs;
using Creo.Application.Privacy.EnsureSeedPolicy;
using Creo.Infrastructure.Privacy;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies the provider's migrations, registers the recurring jobs and stores the seed policy as version 1. Runs before the app takes
    /// requests; EF Core's migration lock keeps two instances starting together from migrating twice.
    /// </summary>
    public static async Task InitializeCreoDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreoDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        RecurringJobs.Schedule(scope.ServiceProvider.GetRequiredService<IJobScheduler>());

        var privacy = scope.ServiceProvider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new EnsureSeedPolicyCommand(privacy.SeedPolicyEffectiveAt, SeedPolicy.ReadText()), cancellationToken);
    }
}
