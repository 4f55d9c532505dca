using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy;

/// <summary>
/// Whose data the erasure saga removes, and where to send the receipt. The contact lives only in memory for the length
/// of the run; it is null when a re-run finds the account itself already gone.
/// </summary>
public sealed record ErasureSubjectDto(Guid UserId, AccountContactDto? Contact);
