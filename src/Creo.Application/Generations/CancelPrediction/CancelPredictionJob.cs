namespace Creo.Application.Generations.CancelPrediction;

/// <summary>Tells a provider to stop a prediction whose generation was canceled or deleted (ids only).</summary>
public sealed record CancelPredictionJob(string ProviderId, string PredictionId) : IJob;
