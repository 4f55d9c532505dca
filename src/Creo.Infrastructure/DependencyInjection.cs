using Creo.Application.Accounts;
using Creo.Application.Billing;
using Creo.Application.Common.RequestLogs;
using Creo.Application.Credits;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Application.Generations;
using Creo.Application.Privacy;
using Creo.Infrastructure.Billing;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Settings;
using Creo.Infrastructure.Generations;
using Creo.Infrastructure.Health;
using Creo.Infrastructure.Jobs;
using Creo.Infrastructure.KeyRing;
using Creo.Infrastructure.Logging;
using Creo.Infrastructure.Mail;
using Creo.Infrastructure.Persistence;
using Creo.Infrastructure.Persistence.Credits;
using Creo.Infrastructure.Privacy;
using Creo.Infrastructure.RequestLogs;
using Creo.Infrastructure.Storage;

namespace Creo.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Wires every port to its adapter, chosen by configuration: the embedded default (SQLite, in-memory jobs,
    /// files, .eml mail) needs no setting at all; production switches each piece with one variable.
    /// </summary>
    public static IServiceCollection AddCreoInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var dataDirectory = DataDirectory.Resolve(configuration);
        services.Configure<CreoOptions>(configuration.GetSection(CreoOptions.Section));
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        services.Configure<DeletionOptions>(configuration.GetSection(DeletionOptions.Section));
        services.Configure<AppLinks>(configuration.GetSection(CreoOptions.Section));
        services.Configure<SupportContact>(configuration.GetSection(CreoOptions.Section));
        services.AddSingleton<IExportLinks, ExportLinks>();
        services.AddSingleton(TimeProvider.System);
        // The Creo meter is made by IMeterFactory; the web host registers it, a worker or test container built from
        // these registrations alone must too (AddMetrics is idempotent).
        services.AddMetrics();

        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Creo");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw SettingsRefusal.Of<CreoDbContext>("ConnectionStrings__Creo must be set when Database__Provider=Postgres; got nothing.");
            }

            connectionString = PostgresConnectionStrings.WithDefaults(connectionString);
            services.AddDbContextPool<CreoDbContext, PostgresCreoDbContext>(options => options.UseCreoPostgres(connectionString));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataDirectory, "creo.db")}" : connectionString;
            services.AddDbContextPool<CreoDbContext, SqliteCreoDbContext>(options => options.UseCreoSqlite(connectionString));
        }

        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IPrivacyData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IPageViewCounter, PageViewCounter>();
        services.AddScoped<IAccountsData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IRequestLogData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<ICreditsData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IGenerationsData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IBillingData>(sp => sp.GetRequiredService<CreoDbContext>());
        services.AddScoped<IDatabaseErrors, DatabaseErrors>();
        services.AddScoped<IHoldAtCommit, HoldAtCommit>();
        services.Configure<CreditsOptions>(configuration.GetSection(CreditsOptions.Section));
        services.AddSingleton<ChannelRequestLog>();
        services.AddSingleton<IRequestLog>(sp => sp.GetRequiredService<ChannelRequestLog>());
        services.AddHostedService<RequestLogWriter>();
        services.Configure<AccountsOptions>(options => options.AdminEmails = AdminEmails.Read(configuration));
        services.Configure<StaffOptions>(configuration.GetSection(StaffOptions.Section));

        services.AddCreoKeyRing(configuration);
        services.AddCreoJobs(configuration, provider == DatabaseProvider.Postgres ? connectionString : null);
        services.AddCreoStorage(configuration, dataDirectory);
        services.AddCreoGenerations(configuration);
        services.AddCreoBilling(configuration);
        services.AddCreoMail(configuration, dataDirectory);
        services.AddCreoSettingsValidation(configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [HealthTags.Ready]);

        // Last: it wraps whichever logger factory the host registered before us.
        services.AddCreoLogRedaction();
        return services;
    }
}
