namespace Creo.Application.Generations.SubmitGeneration;

public sealed record SubmittedGenerationDto(Guid Id, string Status, long CreditCost);
