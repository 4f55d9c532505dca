namespace Creo.Application.Generations.CancelGeneration;

internal sealed class CancelGenerationCommandHandler(IGenerationsData data, GenerationStopper stopper) : ICommandHandler<CancelGenerationCommand>
{
    public async ValueTask<Unit> Handle(CancelGenerationCommand command, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.FirstOrNotFoundAsync(g => g.Id == command.GenerationId && g.UserId == command.UserId, "Generation", cancellationToken);
        await stopper.CancelAsync(generation, cancellationToken);
        return Unit.Value;
    }
}
