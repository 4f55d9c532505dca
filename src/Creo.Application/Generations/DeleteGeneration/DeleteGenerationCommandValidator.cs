namespace Creo.Application.Generations.DeleteGeneration;

internal sealed class DeleteGenerationCommandValidator : AbstractValidator<DeleteGenerationCommand>
{
    public DeleteGenerationCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.GenerationId).NotEmpty();
    }
}
