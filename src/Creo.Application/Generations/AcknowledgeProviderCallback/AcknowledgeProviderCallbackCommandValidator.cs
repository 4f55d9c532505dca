namespace Creo.Application.Generations.AcknowledgeProviderCallback;

internal sealed class AcknowledgeProviderCallbackCommandValidator : AbstractValidator<AcknowledgeProviderCallbackCommand>
{
    public AcknowledgeProviderCallbackCommandValidator()
    {
        RuleFor(c => c.ProviderId).NotEmpty().MaximumLength(50);
        RuleFor(c => c.PredictionId).NotEmpty().MaximumLength(200);
    }
}
