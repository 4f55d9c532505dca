namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>The inputs we send every model; <see cref="Duration"/> and <see cref="Image"/> only when the generation has them.</summary>
internal sealed record ReplicateInput(string Prompt, int Width, int Height, long Seed, int? Duration, string? Image);
