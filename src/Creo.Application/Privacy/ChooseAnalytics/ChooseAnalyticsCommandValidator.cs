namespace Creo.Application.Privacy.ChooseAnalytics;

internal sealed class ChooseAnalyticsCommandValidator : AbstractValidator<ChooseAnalyticsCommand>
{
    public ChooseAnalyticsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
