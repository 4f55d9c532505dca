namespace Creo.Infrastructure.Logging;

internal static class LoggingRegistration
{
    /// <summary>
    /// Puts <see cref="RedactingLoggerFactory"/> in front of the logger factory the host registered (call after
    /// logging is added). Providers registered later, a test's included, still sit behind it: the factory reads them
    /// when it is first built.
    /// </summary>
    public static IServiceCollection AddCreoLogRedaction(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ILoggerFactory) && !descriptor.IsKeyedService);
        if (registered is null)
        {
            return services;
        }

        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(provider => new RedactingLoggerFactory(Build(registered, provider)));
        return services;
    }

    private static ILoggerFactory Build(ServiceDescriptor registered, IServiceProvider provider) =>
        registered.ImplementationInstance as ILoggerFactory
        ?? registered.ImplementationFactory?.Invoke(provider) as ILoggerFactory
        ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
}
