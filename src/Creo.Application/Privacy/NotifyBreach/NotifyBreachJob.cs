namespace Creo.Application.Privacy.NotifyBreach;

/// <summary>
/// Tells everyone a breach affected, by mail, a batch at a time (policy section 05). Whoever the relay accepted is
/// recorded as soon as their batch is sent, even when the job is being stopped, so a re-run carries on where it
/// stopped and mails nobody twice (a process killed outright can resend one batch: docs/fan-out-mail.md).
/// </summary>
public sealed record NotifyBreachJob(Guid BreachId) : IJob;
