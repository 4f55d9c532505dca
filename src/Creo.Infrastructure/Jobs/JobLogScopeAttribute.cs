using Hangfire.Common;
using Hangfire.Server;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// Hands the running job's Hangfire id to <see cref="JobDispatcher"/>, which opens the log scope (<c>JobId</c>) every
/// line of the job then carries. A filter on the dispatcher's method, so no host-wide filter list is touched; the id
/// travels in an async-local, which the performer sets on the thread that then calls the job.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JobLogScopeAttribute : JobFilterAttribute, IServerFilter
{
    private static readonly AsyncLocal<string?> Running = new();

    /// <summary>The Hangfire id of the job running on this flow, or null outside a Hangfire worker.</summary>
    public static string? CurrentJobId => Running.Value;

    public void OnPerforming(PerformingContext context) => Running.Value = context.BackgroundJob.Id;

    public void OnPerformed(PerformedContext context) => Running.Value = null;
}
