using Hangfire;
using Creo.Web.Accounts;

namespace Creo.Web.Jobs;

internal static class HangfireDashboard
{
    public const string Path = "/hangfire";

    /// <summary>The operators' dashboard, for admins only: it can retry and delete jobs, so it is never open.</summary>
    public static IApplicationBuilder UseCreoHangfireDashboard(this IApplicationBuilder app) =>
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Crëo jobs",
        });
}
