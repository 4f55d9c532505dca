namespace Creo.Application.Generations.RecordQueuePosition;

internal sealed class RecordQueuePositionCommandHandler(IGenerationsData data) : ICommandHandler<RecordQueuePositionCommand>
{
    public async ValueTask<Unit> Handle(RecordQueuePositionCommand command, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.FirstOrNotFoundAsync(g => g.Id == command.GenerationId, "Generation", cancellationToken);
        generation.NoteQueuePosition(command.QueuePosition);
        return Unit.Value;
    }
}
