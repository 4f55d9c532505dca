namespace Creo.Application.Generations.QuoteGeneration;

public sealed record QuoteDto(string ModelId, int Width, int Height, int? DurationSeconds, long CreditCost);
