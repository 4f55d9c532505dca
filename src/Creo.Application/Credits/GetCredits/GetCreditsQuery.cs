namespace Creo.Application.Credits.GetCredits;

/// <summary>The balance and one page of the ledger, newest first.</summary>
public sealed record GetCreditsQuery(Guid UserId, int? Limit, string? Cursor) : IQuery<CreditsDto>;
