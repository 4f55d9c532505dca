using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GetCredits;

public sealed record CreditsDto(long Balance, IReadOnlyList<CreditEntryDto> Entries, string? NextCursor);
