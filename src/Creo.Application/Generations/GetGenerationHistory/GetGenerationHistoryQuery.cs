using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.GetGenerationHistory;

/// <summary>
/// A person's generation history as support staff may see it (policy section 03: account info and generation history):
/// what ran, when, on which model, at what cost and how it ended — never the prompt (section 04: only the model
/// provider sees prompts) and never the media. Newest first.
/// </summary>
public sealed record GetGenerationHistoryQuery(Guid UserId, int Limit) : IQuery<IReadOnlyList<GenerationHistoryItemDto>>;
