namespace Creo.Application.Generations.FinishGeneration;

/// <summary>
/// Ends a run: with <paramref name="Outputs"/> (already in storage) it succeeds and the hold is captured;
/// with an <paramref name="Error"/> it fails and the hold is released. Returns false when the generation had
/// already ended (a duplicate job, a webhook after a poll, a cancel first) — then nothing changes.
/// </summary>
public sealed record FinishGenerationCommand(Guid GenerationId, IReadOnlyList<StoredOutput>? Outputs, string? Error) : ICommand<bool>;
