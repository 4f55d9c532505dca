namespace Creo.Application.Privacy.NotifyBreach;

/// <summary>
/// Tells everyone a breach affected, by mail, a batch at a time (policy section 05). Whoever was mailed is recorded
/// as soon as their mail is sent, so a re-run — or a run after a crash — carries on where it stopped and mails
/// nobody twice.
/// </summary>
public sealed record NotifyBreachJob(Guid BreachId) : IJob;
