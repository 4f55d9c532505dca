namespace Creo.Application.Generations.FinishGeneration;

internal sealed class FinishGenerationCommandValidator : AbstractValidator<FinishGenerationCommand>
{
    public FinishGenerationCommandValidator()
    {
        RuleFor(c => c.GenerationId).NotEmpty();
        RuleFor(c => c).Must(c => (c.Outputs is { Count: > 0 }) ^ (c.Error is not null))
            .WithMessage("A run ends with outputs or with an error, not both.");
    }
}
