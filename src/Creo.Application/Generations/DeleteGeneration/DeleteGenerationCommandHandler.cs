namespace Creo.Application.Generations.DeleteGeneration;

internal sealed class DeleteGenerationCommandHandler(IGenerationsData data, IObjectStorage storage, GenerationStopper stopper)
    : ICommandHandler<DeleteGenerationCommand>
{
    public async ValueTask<Unit> Handle(DeleteGenerationCommand command, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.Include(g => g.Outputs)
            .FirstOrNotFoundAsync(g => g.Id == command.GenerationId && g.UserId == command.UserId, "Generation", cancellationToken);
        if (!generation.IsFinished)
        {
            await stopper.CancelAsync(generation, cancellationToken);
        }

        // Media first: if removing the row failed after this, the person can delete again; the other order
        // could leave media nobody can see or delete.
        await storage.DeletePrefixAsync(generation.StoragePrefix, cancellationToken);
        data.Generations.Remove(generation);
        return Unit.Value;
    }
}
