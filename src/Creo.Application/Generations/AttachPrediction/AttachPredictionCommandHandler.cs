namespace Creo.Application.Generations.AttachPrediction;

internal sealed class AttachPredictionCommandHandler(IGenerationsData data) : ICommandHandler<AttachPredictionCommand>
{
    public async ValueTask<Unit> Handle(AttachPredictionCommand command, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.FirstOrNotFoundAsync(g => g.Id == command.GenerationId, "Generation", cancellationToken);
        generation.AttachPrediction(command.PredictionId);
        generation.NoteQueuePosition(command.QueuePosition);
        generation.ReleaseClaim();
        return Unit.Value;
    }
}
