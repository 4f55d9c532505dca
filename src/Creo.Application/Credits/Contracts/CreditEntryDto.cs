namespace Creo.Application.Credits.Contracts;

/// <summary>One ledger line as a person reads it: <c>kind</c> for programs, <c>reason</c> for people.</summary>
public sealed record CreditEntryDto(Guid Id, long Amount, string Kind, string Reason, DateTimeOffset CreatedAt, Guid? GenerationId);
