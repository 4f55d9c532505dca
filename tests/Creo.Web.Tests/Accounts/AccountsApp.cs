using Creo.Web.Accounts;
using Creo.Web.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// Crëo on PostgreSQL with one configured admin, plus a route guarded like the generation and billing routes
/// will be (those modules land later; the guard is the accounts module's and is tested here).
/// </summary>
public sealed class AccountsApp() : WebAppFixture(Creo.Infrastructure.Common.DatabaseProvider.Postgres)
{
    public const string AdminEmail = "admin@example.com";
    public const string GuardedPath = "/test/guarded-like-generation";

    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings["Creo:AdminEmails"] = $"someone-else@example.com, {AdminEmail.ToUpperInvariant()}";
        settings["RateLimits:SignInStartsPerIp"] = "1000";
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, GuardedRoute>();

    private sealed class GuardedRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapGet(GuardedPath, () => Results.Ok(new { allowed = true })).RequireOnboarding());
        };
    }
}
