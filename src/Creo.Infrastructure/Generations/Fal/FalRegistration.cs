using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Creo.Infrastructure.Generations.Replicate;

namespace Creo.Infrastructure.Generations.Fal;

internal static class FalRegistration
{
    /// <summary>
    /// Binds <c>Fal__…</c> and the webhook's verifier always (the endpoint asks for them and answers 404 unconfigured);
    /// offers the provider only with a key.
    /// </summary>
    internal static IServiceCollection AddCreoFal(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FalOptions.Section);
        services.AddOptions<FalOptions>().Bind(section);
        services.AddSingleton<FalWebhookKeys>();
        services.AddSingleton<FalWebhookVerifier>();
        services.AddSingleton<FalDeliveries>();
        services.AddHttpClient(FalWebhookKeys.ClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(10);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("creo");
            })
            .RemoveAllLoggers();
        var options = section.Get<FalOptions>() ?? new FalOptions();
        if (!options.IsConfigured)
        {
            return services;
        }

        services.AddHttpClient<FalProvider>(client =>
            {
                client.BaseAddress = WithTrailingSlash(options.QueueBase);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("creo");
            })

            // Whoever holds the provider may keep it (and its client) for the app's life; connections still rotate for DNS.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default loggers write every URL, and an output URL opens a person's image to anyone who reads the log.
            .RemoveAllLoggers()

            // Replicate's policy fits fal's queue: 429 retried always, other transient failures only for reads (GET);
            // a submit or a cancel (PUT) that failed that way surfaces, and the job decides.
            .AddResilienceHandler("fal", ReplicateRetry.Configure);
        if (!services.Any(service => service.ServiceType == typeof(OutputFetcher)))
        {
            services.AddCreoOutputFetcher();
        }

        services.AddTransient<IGenerationProvider>(provider => provider.GetRequiredService<FalProvider>());
        return services;
    }

    // Relative paths such as fal-ai/flux/dev resolve under the base only when it ends in a slash.
    private static Uri WithTrailingSlash(Uri queueBase) =>
        queueBase.AbsoluteUri.EndsWith('/') ? queueBase : new Uri(queueBase.AbsoluteUri + "/");
}
