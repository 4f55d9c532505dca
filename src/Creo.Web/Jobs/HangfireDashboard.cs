using Hangfire;
using Hangfire.Dashboard;

namespace Creo.Web.Jobs;

internal static class HangfireDashboard
{
    public const string Path = "/hangfire";

    /// <summary>
    /// The operators' dashboard. It is mounted but refuses everyone until the accounts capability supplies
    /// an admin check: a job dashboard can retry and delete jobs, so it is never open.
    /// </summary>
    public static IApplicationBuilder UseCreoHangfireDashboard(this IApplicationBuilder app) =>
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new RefuseEveryoneAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Crëo jobs",
        });

    private sealed class RefuseEveryoneAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => false;
    }
}
