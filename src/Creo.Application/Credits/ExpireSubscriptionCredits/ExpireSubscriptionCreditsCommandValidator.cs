namespace Creo.Application.Credits.ExpireSubscriptionCredits;

internal sealed class ExpireSubscriptionCreditsCommandValidator : AbstractValidator<ExpireSubscriptionCreditsCommand>
{
    public ExpireSubscriptionCreditsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
