using Creo.Application.Generations.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddTransient<IGenerationProvider>(provider => provider.GetRequiredService<ReplicateProvider>());
        return services;
    }

    // Relative paths such as v1/predictions resolve under the base only when it ends in a slash.
    private static Uri WithTrailingSlash(Uri apiBase) =>
        apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");
}
