namespace Creo.Application.Generations.RecordRunFailure;

internal sealed class RecordRunFailureCommandValidator : AbstractValidator<RecordRunFailureCommand>
{
    public RecordRunFailureCommandValidator()
    {
        RuleFor(c => c.GenerationId).NotEmpty();
    }
}
