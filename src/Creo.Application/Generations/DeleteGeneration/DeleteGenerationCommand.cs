namespace Creo.Application.Generations.DeleteGeneration;

/// <summary>
/// Deletes a generation: its media leave storage at once (its signed URLs stop working), its row goes, and a
/// run still in flight is canceled with its credits returned.
/// </summary>
public sealed record DeleteGenerationCommand(Guid UserId, Guid GenerationId) : ICommand;
