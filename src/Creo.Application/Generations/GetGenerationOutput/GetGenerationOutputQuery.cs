namespace Creo.Application.Generations.GetGenerationOutput;

/// <summary>Opens an output link for the caller: 404 when the link is forged or expired, the generation is gone, or it is not theirs.</summary>
public sealed record GetGenerationOutputQuery(Guid UserId, string Token) : IQuery<GenerationOutputFile>;
