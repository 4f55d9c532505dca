using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Creo.Web.Common;

/// <summary>
/// Behind a reverse proxy or load balancer, the client's address and scheme arrive in <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>. They are believed only from the proxies and networks named in
/// <c>ForwardedHeaders__KnownProxies</c> / <c>__KnownNetworks</c> (comma-separated): from anyone else they are a
/// forgery that would buy a fresh sign-in rate-limit bucket per request and put a false address in security logs.
/// Nothing is trusted by default, not even loopback.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddCreoTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "KnownProxies", "an IP address like 10.0.0.7", (string item, out IPAddress parsed) => IPAddress.TryParse(item, out parsed!));
        var networks = Parse(configuration, "KnownNetworks", "a CIDR network like 10.0.0.0/8", (string item, out System.Net.IPNetwork parsed) => System.Net.IPNetwork.TryParse(item, out parsed));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);

            // Walk back through every trusted hop (CDN, then load balancer) and stop at the first address nobody vouches for.
            options.ForwardLimit = null;
        });
        return services;
    }

    private delegate bool TryParse<T>(string item, out T parsed);

    /// <summary>A setting that cannot be read stops the start with its name, rather than trusting less or more than meant.</summary>
    private static List<T> Parse<T>(IConfiguration configuration, string key, string shape, TryParse<T> tryParse) =>
        [.. List(configuration.GetSection($"{Section}:{key}")).Select(item => tryParse(item, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{Section}__{key} holds '{item}', which is not {shape}."))];

    /// <summary>Either one comma-separated value or an array (<c>__0</c>, <c>__1</c>, …).</summary>
    private static IEnumerable<string> List(IConfigurationSection section) =>
        (section.Value is { } joined ? joined.Split([',', ';']) : section.GetChildren().Select(child => child.Value ?? string.Empty))
        .Select(item => item.Trim())
        .Where(item => item.Length > 0);
}
