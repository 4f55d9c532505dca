namespace Creo.Application.Generations.CancelGeneration;

/// <summary>Stops a queued or running generation and gives its credits back.</summary>
public sealed record CancelGenerationCommand(Guid UserId, Guid GenerationId) : ICommand;
