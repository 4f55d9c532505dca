namespace Creo.Application.Credits.Contracts;

public sealed record CreditReceiptDto(long Held, long Captured, long Released, IReadOnlyList<CreditEntryDto> Entries);
