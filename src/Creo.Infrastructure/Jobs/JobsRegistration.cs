using Creo.Application.Common.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Infrastructure.Jobs;

internal static class JobsRegistration
{
    public const string HangfireSchema = "hangfire";

    public static IServiceCollection AddCreoJobs(this IServiceCollection services, IConfiguration configuration, string? postgresConnectionString)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.Storage == JobStorageKind.Postgres)
            {
                if (string.IsNullOrWhiteSpace(postgresConnectionString))
                {
                    throw new InvalidOperationException("Jobs__Storage=Postgres needs Database__Provider=Postgres and ConnectionStrings__Creo.");
                }

                hangfire.UsePostgreSqlStorage(
                    bootstrap => bootstrap.UseNpgsqlConnection(postgresConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = HangfireSchema, QueuePollInterval = options.QueuePollInterval, PrepareSchemaIfNecessary = true });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });

        if (options.RunServer)
        {
            services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        }

        services.AddSingleton<JobDispatcher>();
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        return services;
    }
}
