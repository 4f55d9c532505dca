namespace Creo.Application.Generations.RecordQueuePosition;

internal sealed class RecordQueuePositionCommandValidator : AbstractValidator<RecordQueuePositionCommand>
{
    public RecordQueuePositionCommandValidator()
    {
        RuleFor(c => c.GenerationId).NotEmpty();
        RuleFor(c => c.QueuePosition).GreaterThanOrEqualTo(0);
    }
}
