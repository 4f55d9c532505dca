namespace Creo.Application.Generations.Contracts;

/// <param name="Status"><c>queued</c>, <c>running</c>, <c>succeeded</c>, <c>failed</c> or <c>canceled</c>.</param>
/// <param name="CreditsCaptured">
/// What the person was charged: a succeeded generation's hold is captured whole, every other outcome releases it.
/// </param>
public sealed record GenerationFactDto(Guid UserId, string ModelId, string Status, long CreditsCaptured, DateTimeOffset SubmittedAt);
