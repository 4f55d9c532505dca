namespace Creo.Application.Generations.Providers;

/// <summary>What a provider needs to run one generation: the model, the prompt and parameters, the source image if any.</summary>
public sealed record ProviderRequest(
    Guid GenerationId,
    string ProviderModel,
    string ModelVersion,
    string Prompt,
    int Width,
    int Height,
    int? DurationSeconds,
    long Seed,
    ProviderSourceImage? SourceImage,
    TimeSpan MaxRunTime);

/// <summary>An uploaded image, already stripped of metadata, sent only to the provider of the generation that names it.</summary>
public sealed record ProviderSourceImage(byte[] Content, string ContentType);
