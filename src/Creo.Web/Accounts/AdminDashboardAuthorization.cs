using Hangfire.Dashboard;

namespace Creo.Web.Accounts;

/// <summary>The job dashboard can retry and delete jobs: admins only (anonymous 401, others 403, as Hangfire answers).</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole("admin");
}
