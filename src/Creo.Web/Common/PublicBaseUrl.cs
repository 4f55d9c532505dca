using System.Diagnostics.CodeAnalysis;
using System.Net;
using Creo.Infrastructure.Common;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Creo.Web.Common;

/// <summary>
/// The origin that links we mail point at. The configured public origin wins, and outside Development the app does
/// not start without one (<see cref="Require"/>), since a forged Host header must never end up in a link we mail: a
/// sign-in link to an attacker's host hands them the victim's token. In Development without it, the request's own
/// origin is used only when its host is this machine. The sign-in API and the sign-in page both ask here, so their
/// links cannot drift apart.
/// </summary>
internal static class PublicBaseUrl
{
    public const string SettingName = "Creo__PublicBaseUrl";

    public static string Of(HttpContext context, CreoOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl;
        }

        if (!IsLoopback(context.Request.Host.Host))
        {
            throw new InvalidInputException(
                "host-not-allowed",
                $"Links can point only at this machine (localhost) while {SettingName} is not set. Open Crëo at localhost, or set {SettingName}.");
        }

        return $"{context.Request.Scheme}://{context.Request.Host}";
    }

    /// <summary>
    /// Refuses to start outside Development without a usable public origin (<see cref="PublicBaseUrlValidator"/>, with
    /// every other setting checked at start), and in Production accepts requests only for that origin's host unless
    /// <c>AllowedHosts</c> names others.
    /// </summary>
    public static IServiceCollection Require(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CreoOptions>, PublicBaseUrlValidator>());
        services.AddOptions<CreoOptions>().ValidateOnStart();
        if (environment.IsProduction() && TryParseOrigin(configuration[$"{CreoOptions.Section}:{nameof(CreoOptions.PublicBaseUrl)}"], out var origin))
        {
            // The framework's own default reads AllowedHosts first; "*" (appsettings.json) means nobody chose, so the
            // public host is the one host served. A Host header naming anything else is refused with 400 before any endpoint.
            services.PostConfigure<HostFilteringOptions>(options =>
            {
                if (options.AllowedHosts is ["*"])
                {
                    options.AllowedHosts = [origin.IdnHost];
                }
            });
        }

        return services;
    }

    /// <summary>An http(s) origin such as <c>https://creo.example</c>, without a path.</summary>
    public static bool TryParseOrigin(string? configured, [NotNullWhen(true)] out Uri? origin) =>
        Uri.TryCreate(configured, UriKind.Absolute, out origin) && origin.Scheme is "http" or "https" && origin.PathAndQuery == "/";

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
