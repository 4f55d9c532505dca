namespace Creo.Application.Privacy.AnnouncePolicyChange;

/// <summary>
/// Mails every active account about a material policy change (policy section 12), a batch at a time. Whoever was told
/// is recorded, so a re-run (Hangfire may run a job twice) carries on where it stopped and tells nobody twice.
/// </summary>
public sealed record AnnouncePolicyChangeJob(Guid PolicyVersionId) : IJob;
