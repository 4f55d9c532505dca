using Creo.Infrastructure.Settings;
using Creo.Application.Common.Jobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Creo.Infrastructure.Jobs;

internal static class JobsRegistration
{
    public const string HangfireSchema = "hangfire";

    public static IServiceCollection AddCreoJobs(this IServiceCollection services, IConfiguration configuration, string? postgresConnectionString)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        // Each host owns its storage as a DI singleton, which Hangfire's clients, server and dashboard all
        // resolve. The Use…Storage() helpers would set the process-wide JobStorage.Current instead, which
        // hosts in one process (tests, tools) would then share and dispose under each other.
        if (options.Storage == JobStorageKind.Postgres)
        {
            if (string.IsNullOrWhiteSpace(postgresConnectionString))
            {
                throw SettingsRefusal.Of<JobsOptions>("Jobs__Storage must be InMemory unless Database__Provider=Postgres (with ConnectionStrings__Creo); got Postgres.");
            }

            var storageOptions = new PostgreSqlStorageOptions
            {
                SchemaName = HangfireSchema,
                QueuePollInterval = options.QueuePollInterval,
                PrepareSchemaIfNecessary = true,
                InvisibilityTimeout = options.InvisibilityTimeout,
                UseSlidingInvisibilityTimeout = options.SlidingInvisibilityTimeout,
            };
            services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(postgresConnectionString, storageOptions), storageOptions));
        }
        else
        {
            services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
        }

        // Likewise the activator: Hangfire's default is the static JobActivator.Current, bound to whichever
        // host configured Hangfire last; a job must be built from its own host's container.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));

        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (options.RunServer)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollInterval;
            });
        }

        services.AddSingleton<JobDispatcher>();
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();

        // A job enqueued with a command commits with it where Hangfire's tables live in the command's database.
        if (options.Storage == JobStorageKind.Postgres)
        {
            services.AddScoped<ICommandJobWriter, PostgresJobRows>();
        }
        else
        {
            services.AddScoped<ICommandJobWriter, AfterCommitJobWriter>();
        }

        return services;
    }
}
