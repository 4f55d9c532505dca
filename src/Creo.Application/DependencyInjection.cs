using Creo.Application.Common.Behaviors;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the mediator (source-generated from this assembly), its pipeline (logging → validation →
    /// unit of work) and every validator. Handlers are scoped because they use the scoped database context.
    /// </summary>
    public static IServiceCollection AddCreoApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>),
                // Inside the unit of work, so what they count waits for its commit (docs/operations.md).
                typeof(Generations.Telemetry.GenerationMetricsBehavior<,>),
                typeof(Credits.Telemetry.CreditMetricsBehavior<,>),
                typeof(Privacy.Telemetry.ErasureMetricsBehavior<,>),
            ];
        });
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<Common.Telemetry.CreoMetrics>();
        services.AddScoped<Common.Telemetry.WebhookDelivery>();
        services.AddScoped<Accounts.Sessions.SessionIssuer>();
        services.AddScoped<Accounts.StaffAudit>();
        services.AddScoped<Credits.SubscriptionCreditExpiry>();
        services.AddScoped<Billing.BillingCustomerLinks>();
        services.AddScoped<Billing.PaymentInbox>();
        services.AddScoped<Billing.PaymentEventApplier>();
        services.AddScoped<Billing.SubscriptionPeriodCredits>();
        services.AddScoped<Generations.Providers.GenerationProviders>();
        services.AddScoped<Generations.GenerationRunner>();
        services.AddScoped<Generations.GenerationStopper>();
        services.AddScoped<Generations.GenerationMapper>();
        services.AddSingleton<Generations.Showcase.ShowcaseImages>();
        services.AddSingleton(Common.Mapping.MappingConfig.Create());
        AddJobHandlers(services);
        return services;
    }

    /// <summary>Every <see cref="IJobHandler{TJob}"/> of this assembly, so a new job needs no wiring of its own.</summary>
    private static void AddJobHandlers(IServiceCollection services)
    {
        var handlers =
            from type in typeof(DependencyInjection).Assembly.GetTypes()
            where type is { IsClass: true, IsAbstract: false }
            from contract in type.GetInterfaces()
            where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IJobHandler<>)
            select (contract, type);
        foreach (var (contract, type) in handlers)
        {
            services.AddScoped(contract, type);
        }
    }
}
