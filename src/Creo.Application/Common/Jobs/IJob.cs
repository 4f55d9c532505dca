namespace Creo.Application.Common.Jobs;

/// <summary>
/// A unit of background work. Job records are serialized into the job store, so they may hold ids only:
/// never a prompt, never payment data (architecture rule 9; an architecture test checks the property types).
/// Jobs run at least once and may run twice, so every handler must be idempotent.
/// </summary>
public interface IJob;
