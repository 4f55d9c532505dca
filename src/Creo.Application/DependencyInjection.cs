using Creo.Application.Common.Behaviors;
using FluentValidation;
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
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
