namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>A prediction as the API returns it and as webhooks deliver it; <see cref="Output"/> takes each model's own shape.</summary>
internal sealed record ReplicatePredictionBody(string? Id, string? Status, JsonElement? Output, JsonElement? Error);
