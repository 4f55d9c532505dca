namespace Creo.Application.Privacy.BeginAccountErasure;

/// <summary>
/// The saga's first step: a due deletion can no longer be cancelled and the account is closed. Null when there is
/// nothing to erase (cancelled, finished by an earlier run, or not yet due).
/// </summary>
public sealed record BeginAccountErasureCommand(Guid DeletionId) : ICommand<ErasureSubjectDto?>;
