using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.ListGenerationFacts;

/// <summary>
/// The bare facts of every generation submitted on one UTC day, for usage aggregates: who, which model, how it
/// ended and what it cost. Never the prompt, the parameters or the outputs.
/// </summary>
public sealed record ListGenerationFactsQuery(DateOnly Day) : IQuery<IReadOnlyList<GenerationFactDto>>;
