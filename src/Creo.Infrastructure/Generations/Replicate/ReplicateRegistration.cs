using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Outputs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Infrastructure.Generations.Replicate;

internal static class ReplicateRegistration
{
    /// <summary>Binds <c>Replicate__…</c> always (the webhook endpoint reads the secret); offers the provider only with an API token.</summary>
    internal static IServiceCollection AddCreoReplicate(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReplicateOptions.Section);
        services.AddOptions<ReplicateOptions>().Bind(section);
        var options = section.Get<ReplicateOptions>() ?? new ReplicateOptions();
        if (!options.IsConfigured)
        {
            return services;
        }

        services.AddHttpClient<ReplicateProvider>(client =>
            {
                client.BaseAddress = WithTrailingSlash(options.ApiBase);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("creo");
            })

            // Whoever holds the provider may keep it (and its client) for the app's life; connections still rotate for DNS.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default loggers write every URL, and an output URL opens a person's image to anyone who reads the log.
            .RemoveAllLoggers()
            .AddResilienceHandler("replicate", ReplicateRetry.Configure);
        services.AddCreoOutputFetcher();
        services.AddTransient<IGenerationProvider>(provider => provider.GetRequiredService<ReplicateProvider>());
        return services;
    }

    /// <summary>
    /// The client that downloads outputs, apart from the API's: no retries, no redirects followed by the handler, no
    /// proxy (a proxy would be where the connect check looked, not the output's host), and every connection made
    /// through <see cref="OutputConnections"/> under the registered <see cref="IOutputAddressPolicy"/>.
    /// </summary>
    internal static void AddCreoOutputFetcher(this IServiceCollection services)
    {
        services.TryAddSingleton<IOutputAddressPolicy, PublicOutputAddressPolicy>();
        services.AddHttpClient<OutputFetcher>(client => client.DefaultRequestHeaders.UserAgent.ParseAdd("creo"))
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = OutputConnections.Through(provider.GetRequiredService<IOutputAddressPolicy>()),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // Output URLs open a person's media to whoever reads them; the default loggers would write each one.
            .RemoveAllLoggers();
    }

    // Relative paths such as v1/predictions resolve under the base only when it ends in a slash.
    private static Uri WithTrailingSlash(Uri apiBase) =>
        apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");
}
