using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.RecordDeletionCancelled;

internal sealed class RecordDeletionCancelledCommandHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<RecordDeletionCancelledCommand>
{
    public ValueTask<Unit> Handle(RecordDeletionCancelledCommand command, CancellationToken cancellationToken)
    {
        data.SecurityEvents.Add(SecurityEvent.Record(command.UserId, SecurityEventKind.DeletionCancelled, null, null, clock.GetUtcNow()));
        return ValueTask.FromResult(Unit.Value);
    }
}
