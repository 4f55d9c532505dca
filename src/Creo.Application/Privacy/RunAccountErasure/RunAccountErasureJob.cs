namespace Creo.Application.Privacy.RunAccountErasure;

/// <summary>
/// The erasure saga for one deletion (its id, never the person's): each module erases its part through its contract,
/// the account goes last, and a receipt without personal data is left. Every step can run again, so a crash anywhere
/// is finished by the next run.
/// </summary>
public sealed record RunAccountErasureJob(Guid DeletionId) : IJob;
