namespace Creo.Application.Generations.CancelGeneration;

internal sealed class CancelGenerationCommandValidator : AbstractValidator<CancelGenerationCommand>
{
    public CancelGenerationCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.GenerationId).NotEmpty();
    }
}
