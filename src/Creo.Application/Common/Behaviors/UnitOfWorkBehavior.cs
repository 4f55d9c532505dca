namespace Creo.Application.Common.Behaviors;

/// <summary>
/// Last before the handler: a command runs inside one database transaction and its changes are saved once,
/// after the handler returns. A failure anywhere rolls everything back, so a half-done command writes nothing.
/// A command sent from inside another command joins the outer transaction.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (unitOfWork.HasActiveTransaction)
        {
            return await next(message, cancellationToken);
        }

        TResponse response;
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            response = await next(message, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // A job may send another command in this scope after this one failed; it must not save our leftovers.
            unitOfWork.RolledBack();
            throw;
        }

        unitOfWork.Committed();
        return response;
    }
}
