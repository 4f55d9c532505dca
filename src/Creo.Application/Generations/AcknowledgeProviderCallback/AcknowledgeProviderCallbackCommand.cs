namespace Creo.Application.Generations.AcknowledgeProviderCallback;

/// <summary>
/// A provider said (through a verified webhook) that a prediction changed. The webhook's body is not trusted
/// beyond the id: a job asks the provider itself and finishes the generation from that answer.
/// </summary>
public sealed record AcknowledgeProviderCallbackCommand(string ProviderId, string PredictionId) : ICommand;
