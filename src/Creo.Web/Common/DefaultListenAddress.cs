using Microsoft.Extensions.Configuration.Memory;

namespace Creo.Web.Common;

/// <summary>
/// Where Kestrel listens when nothing says so: <c>http://localhost:5080</c>, the address the README opens. It is a
/// configuration source added below every other one (not a launch profile's <c>applicationUrl</c>, which <c>dotnet run</c>
/// would put over <c>ASPNETCORE_URLS</c>, nor an <c>urls</c> key in appsettings.json, which would outrank the
/// <c>ASPNETCORE_</c> environment variables), and only when no address is configured at all, so that
/// <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c> (set by the .NET container images) and
/// <c>Kestrel:Endpoints</c> each keep working as documented.
/// </summary>
public static class DefaultListenAddress
{
    public const string Url = "http://localhost:5080";

    public static WebApplicationBuilder ListenOnDefaultAddressWhenUnset(this WebApplicationBuilder builder)
    {
        if (!NamesAnAddress(builder.Configuration))
        {
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("urls", Url)] });
        }

        return builder;
    }

    /// <summary>Whether any setting Kestrel binds to is present: <c>urls</c>, <c>http_ports</c>, <c>https_ports</c> or endpoints under <c>Kestrel:Endpoints</c>.</summary>
    public static bool NamesAnAddress(IConfiguration configuration) =>
        new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
