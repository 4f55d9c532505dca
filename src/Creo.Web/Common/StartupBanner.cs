using Creo.Infrastructure.Common;

namespace Creo.Web.Common;

/// <summary>
/// The one block Crëo prints once it listens: its address(es), then where the database, jobs, media and mail are,
/// so a newcomer knows what to open and where the sign-in mail went. It replaces the host's own four start-up lines
/// (<c>Microsoft.Hosting.Lifetime</c> logs at Warning in appsettings.json) and is logged as one entry, one block.
/// </summary>
public static class StartupBanner
{
    public const string Category = "Creo.Startup";

    public static WebApplication LogStartupBannerOnceListening(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
            logger.LogInformation("{StartupBanner}", Text(app.Urls, app.Environment.EnvironmentName, app.Configuration));
        });
        return app;
    }

    public static string Text(IEnumerable<string> urls, string environment, IConfiguration configuration)
    {
        var addresses = urls.ToList();
        string[] lines =
        [
            $"Crëo is listening on {(addresses.Count == 0 ? "no address (an in-process test server)" : string.Join(", ", addresses))} ({environment})",
            .. StartupSummary.Describe(configuration),
            "Press Ctrl+C to stop.",
        ];
        return string.Join(Environment.NewLine, lines);
    }
}
