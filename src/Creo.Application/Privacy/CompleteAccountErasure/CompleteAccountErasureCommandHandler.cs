namespace Creo.Application.Privacy.CompleteAccountErasure;

internal sealed class CompleteAccountErasureCommandHandler(IPrivacyData data, TimeProvider clock) : ICommandHandler<CompleteAccountErasureCommand, Guid?>
{
    public async ValueTask<Guid?> Handle(CompleteAccountErasureCommand command, CancellationToken cancellationToken)
    {
        var deletion = await data.AccountDeletions.FirstOrDefaultAsync(d => d.Id == command.DeletionId, cancellationToken);
        if (deletion is null)
        {
            return null;
        }

        var receipt = deletion.Complete(command.Summary, clock.GetUtcNow());
        data.ErasureReceipts.Add(receipt);
        data.AccountDeletions.Remove(deletion);
        return receipt.Id;
    }
}
