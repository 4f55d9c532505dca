namespace Creo.Application.Privacy.RequestAccountDeletion;

/// <summary>
/// The right to erasure (policy section 07): every session ends now and erasure is scheduled within 30 days. Asking
/// again while one is pending keeps the first date.
/// </summary>
public sealed record RequestAccountDeletionCommand(Guid UserId) : ICommand<AccountDeletionDto>;
