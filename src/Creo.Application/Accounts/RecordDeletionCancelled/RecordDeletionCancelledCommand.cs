
namespace Creo.Application.Accounts.RecordDeletionCancelled;

/// <summary>The person kept their account: the security log records it next to the request.</summary>
public sealed record RecordDeletionCancelledCommand(Guid UserId) : ICommand;
