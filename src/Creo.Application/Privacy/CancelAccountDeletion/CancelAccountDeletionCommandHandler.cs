using Creo.Application.Accounts.RecordDeletionCancelled;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.CancelAccountDeletion;

internal sealed class CancelAccountDeletionCommandHandler(IPrivacyData data, IMediator mediator) : ICommandHandler<CancelAccountDeletionCommand>
{
    public async ValueTask<Unit> Handle(CancelAccountDeletionCommand command, CancellationToken cancellationToken)
    {
        var deletion = await data.AccountDeletions.FirstOrNotFoundAsync(d => d.UserId == command.UserId, "Pending deletion", cancellationToken);
        deletion.EnsureCancellable();

        // Kept, nothing to remember: the security log says it was asked for and cancelled.
        data.AccountDeletions.Remove(deletion);
        await mediator.Send(new RecordDeletionCancelledCommand(command.UserId), cancellationToken);
        return Unit.Value;
    }
}
