using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.EndToEnd.Tests;

/// <summary>
/// Crëo on the embedded default plus one route that fails as an unexpected bug would, behind all of the app's own
/// (only this test app has it): what a browser sees of a 500.
/// </summary>
public class BrowserAppThatFails(Chromium chromium) : BrowserApp(chromium)
{
    public const string CrashPath = "/test-crash";

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, CrashRoute>();

    private sealed class CrashRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(CrashPath, branch => branch.Run(_ => throw new InvalidOperationException("secret-connection-string")));
        };
    }
}

/// <summary>The failing app with one sign-in press allowed per address and window, to meet the 429 page.</summary>
public sealed class BrowserAppWithOneSignInPress(Chromium chromium) : BrowserAppThatFails(chromium)
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["RateLimits:SignInVerificationsPerIp"] = "1";
}
