namespace Creo.Application.Privacy.CancelAccountDeletion;

/// <summary>The person signed in again and keeps their account; allowed until erasure begins.</summary>
public sealed record CancelAccountDeletionCommand(Guid UserId) : ICommand;
