namespace Creo.Application.Generations.ClaimGenerationRun;

internal sealed class ClaimGenerationRunCommandValidator : AbstractValidator<ClaimGenerationRunCommand>
{
    public ClaimGenerationRunCommandValidator()
    {
        RuleFor(c => c.GenerationId).NotEmpty();
    }
}
