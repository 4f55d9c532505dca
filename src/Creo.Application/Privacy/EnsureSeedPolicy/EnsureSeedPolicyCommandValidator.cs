namespace Creo.Application.Privacy.EnsureSeedPolicy;

internal sealed class EnsureSeedPolicyCommandValidator : AbstractValidator<EnsureSeedPolicyCommand>
{
    public EnsureSeedPolicyCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(PolicyVersion.MaxTextLength);
        RuleFor(c => c.EffectiveAt).NotEqual(default(DateTimeOffset)).WithMessage("'Effective At' must be set.");
    }
}
