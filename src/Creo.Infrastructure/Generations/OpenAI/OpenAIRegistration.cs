using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Infrastructure.Settings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.OpenAI;

internal static class OpenAIRegistration
{
    /// <summary>Binds and checks <c>OpenAI__…</c> always; offers the provider only with an API key.</summary>
    internal static IServiceCollection AddCreoOpenAI(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OpenAIOptions.Section);
        services.AddOptions<OpenAIOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenAIOptions>, OpenAIOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenAIOptions>, OpenAIRunsWithinClaimLeaseValidator>());
        var options = section.Get<OpenAIOptions>() ?? new OpenAIOptions();
        if (!options.IsConfigured)
        {
            return services;
        }

        services.AddHttpClient<OpenAIImagesProvider>(client =>
            {
                client.BaseAddress = WithTrailingSlash(options.BaseUrl);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("creo");

                // The model's run time bounds each call (the provider's deadline); the client's 100 s default would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // The default loggers write every URL; an image URL opens a person's image to whoever reads the log.
            .RemoveAllLoggers();
        services.AddCreoOutputFetcher();
        services.AddTransient<IGenerationProvider>(provider => provider.GetRequiredService<OpenAIImagesProvider>());
        return services;
    }

    /// <summary>The models on offer: none without a key; a bad entry stops start-up with one line naming its setting.</summary>
    internal static IReadOnlyList<ModelDefinition> ConfiguredModels(IConfiguration configuration)
    {
        var options = configuration.GetSection(OpenAIOptions.Section).Get<OpenAIOptions>() ?? new OpenAIOptions();
        try
        {
            return options.IsConfigured ? options.ModelDefinitions() : [];
        }
        catch (InvalidOperationException unusable)
        {
            throw SettingsRefusal.Of<OpenAIOptions>(unusable.Message);
        }
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
