namespace Creo.Application.Privacy.GetAccountDeletion;

/// <summary>The caller's pending deletion, or null when none is pending.</summary>
public sealed record GetAccountDeletionQuery(Guid UserId) : IQuery<AccountDeletionDto?>;
