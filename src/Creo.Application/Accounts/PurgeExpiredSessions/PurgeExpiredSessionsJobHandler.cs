namespace Creo.Application.Accounts.PurgeExpiredSessions;

internal sealed class PurgeExpiredSessionsJobHandler(IAccountsData data, TimeProvider clock, ILogger<PurgeExpiredSessionsJobHandler> logger)
    : IJobHandler<PurgeExpiredSessionsJob>
{
    public async Task RunAsync(PurgeExpiredSessionsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ended = now - PurgeExpiredSessionsJob.Grace;
        var sessions = await data.Sessions.DeleteInBatchesAsync(s => s.ExpiresAt < ended || s.RevokedAt < ended, s => s.Id, cancellationToken);
        var links = await data.SignInTokens.DeleteInBatchesAsync(t => t.ExpiresAt < ended, t => t.Id, cancellationToken);
        var logCutoff = now - PurgeExpiredSessionsJob.SecurityLogRetention;
        var events = await data.SecurityEvents.DeleteInBatchesAsync(e => e.OccurredAt < logCutoff, e => e.Id, cancellationToken);
        logger.LogInformation(
            "Account retention removed {Sessions} ended sessions, {Links} sign-in links and {Events} security-log entries",
            sessions, links, events);
    }
}
