namespace Creo.Application.Generations.SubmitGeneration;

internal sealed class SubmitGenerationCommandValidator : AbstractValidator<SubmitGenerationCommand>
{
    public SubmitGenerationCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.ModelId).NotEmpty().WithMessage("Choose a model.").MaximumLength(100);
        RuleFor(c => c.Prompt).NotEmpty().WithMessage("Write a prompt.")
            .MaximumLength(Generation.MaxPromptLength).WithMessage($"A prompt has at most {Generation.MaxPromptLength} characters.");
        RuleFor(c => c.Width).GreaterThan(0).When(c => c.Width is not null);
        RuleFor(c => c.Height).GreaterThan(0).When(c => c.Height is not null);
        RuleFor(c => c.DurationSeconds).GreaterThan(0).When(c => c.DurationSeconds is not null);
        RuleFor(c => c.Seed).InclusiveBetween(0, Generation.MaxSeed).When(c => c.Seed is not null);
        RuleFor(c => c.IdempotencyKey).MaximumLength(Generation.MaxIdempotencyKeyLength)
            .Matches("^[\\x21-\\x7E]+$").WithMessage("An idempotency key is printable ASCII without spaces.")
            .When(c => c.IdempotencyKey is not null);
    }
}
