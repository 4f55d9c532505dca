namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>Replicate's error body (RFC 9457 problem details); the only parts of a refusal we repeat.</summary>
internal sealed record ReplicateProblem(string? Title, string? Detail);
