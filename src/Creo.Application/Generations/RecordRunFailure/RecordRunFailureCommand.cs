namespace Creo.Application.Generations.RecordRunFailure;

/// <summary>
/// A run attempt threw. Returns true when that was the last allowed attempt: the generation has failed and
/// its credits are back. Otherwise the claim is let go so the job system's retry can take it again.
/// </summary>
public sealed record RecordRunFailureCommand(Guid GenerationId) : ICommand<bool>;
