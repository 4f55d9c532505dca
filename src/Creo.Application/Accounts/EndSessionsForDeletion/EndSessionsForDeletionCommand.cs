
namespace Creo.Application.Accounts.EndSessionsForDeletion;

/// <summary>A deletion was requested: every session of the account ends at once, and the security log says why.</summary>
public sealed record EndSessionsForDeletionCommand(Guid UserId) : ICommand<int>;
