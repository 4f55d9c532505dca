namespace Creo.Application.Generations.AttachPrediction;

/// <summary>Records the provider's id for a started run, and lets go of the claim: the provider works on its own now.</summary>
public sealed record AttachPredictionCommand(Guid GenerationId, string PredictionId) : ICommand;
