namespace Creo.Application.Generations.AttachPrediction;

internal sealed class AttachPredictionCommandValidator : AbstractValidator<AttachPredictionCommand>
{
    public AttachPredictionCommandValidator()
    {
        RuleFor(c => c.GenerationId).NotEmpty();
        RuleFor(c => c.PredictionId).NotEmpty().MaximumLength(200);
    }
}
