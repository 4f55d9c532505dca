namespace Creo.Application.Privacy.PublishPolicyVersion;

internal sealed class PublishPolicyVersionCommandValidator : AbstractValidator<PublishPolicyVersionCommand>
{
    public PublishPolicyVersionCommandValidator()
    {
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(PolicyVersion.MaxTextLength);
        RuleFor(c => c.EffectiveAt).NotEqual(default(DateTimeOffset)).WithMessage("'Effective At' must be set.");
    }
}
