namespace Creo.Application.Generations.AttachPrediction;

/// <summary>Records the provider's id for a started run, and lets go of the claim: the provider works on its own now.
/// <see cref="QueuePosition"/> is where the host put the run in its queue, when it says.</summary>
public sealed record AttachPredictionCommand(Guid GenerationId, string PredictionId, int? QueuePosition = null) : ICommand;
