namespace Creo.Application.Generations.QuoteGeneration;

/// <summary>What a generation with these parameters would cost, checked like a submission but without one.</summary>
public sealed record QuoteGenerationQuery(string ModelId, int? Width, int? Height, int? DurationSeconds) : IQuery<QuoteDto>;
