namespace Creo.Application.Generations.Catalog;

/// <summary>
/// One model a person can choose: who runs it (<see cref="Provider"/>, <see cref="ProviderModel"/> at
/// <see cref="Version"/>), what it accepts, what it costs, and how long it may run before it is canceled.
/// <see cref="Description"/> tells a person, in a sentence, what to expect from it.
/// </summary>
public sealed record ModelDefinition(
    string Id,
    string Name,
    MediaKind Kind,
    string Provider,
    string ProviderModel,
    string Version,
    ParameterRange Width,
    ParameterRange Height,
    ParameterRange? DurationSeconds,
    bool AcceptsSourceImage,
    ModelPricing Pricing,
    TimeSpan MaxRunTime,
    string? Description = null);
