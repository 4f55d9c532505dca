namespace Creo.Application.Generations.GetGenerationOutput;

/// <summary>Where an output is stored, and until when the link that asked for it is good (it bounds caching).</summary>
public sealed record GenerationOutputFile(string StorageKey, string ContentType, DateTimeOffset LinkExpiresAt);
