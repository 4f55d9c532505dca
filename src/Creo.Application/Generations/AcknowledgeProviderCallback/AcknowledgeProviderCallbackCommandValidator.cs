namespace Creo.Application.Generations.AcknowledgeProviderCallback;

internal sealed class AcknowledgeProviderCallbackCommandValidator : AbstractValidator<AcknowledgeProviderCallbackCommand>
{
    public AcknowledgeProviderCallbackCommandValidator()
    {
        RuleFor(c => c.ProviderId).NotEmpty().MaximumLength(50);
        RuleFor(c => c.PredictionId).NotEmpty().MaximumLength(200)
            .Must(id => !id.Contains(Providers.PredictionRoutes.Separator, StringComparison.Ordinal)).WithMessage("A callback names a prediction by its id alone.");
    }
}
