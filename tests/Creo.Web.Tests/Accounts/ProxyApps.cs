using Creo.Infrastructure.Common;

namespace Creo.Web.Tests.Accounts;

/// <summary>Crëo behind a reverse proxy on this machine (the tests' own address is the trusted proxy), with a small sign-in limit.</summary>
public sealed class TrustedProxyApp() : WebAppFixture(DatabaseProvider.Sqlite)
{
    public const int StartsPerIp = 2;

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["ForwardedHeaders:KnownProxies"] = "10.0.0.7, 127.0.0.1";
        settings["RateLimits:SignInStartsPerIp"] = StartsPerIp.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Crëo trusting proxies elsewhere: the tests' own address is anybody, whose forwarded headers mean nothing.</summary>
public sealed class UntrustedProxyApp() : WebAppFixture(DatabaseProvider.Sqlite)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["ForwardedHeaders:KnownProxies"] = "10.0.0.7";
        settings["ForwardedHeaders:KnownNetworks"] = "192.168.0.0/16";
        settings["RateLimits:SignInStartsPerIp"] = TrustedProxyApp.StartsPerIp.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
