namespace Creo.Application.Privacy.GetDailyAnalytics;

internal sealed class GetDailyAnalyticsQueryValidator : AbstractValidator<GetDailyAnalyticsQuery>
{
    public const int MaxDays = 366;

    public GetDailyAnalyticsQueryValidator()
    {
        RuleFor(q => q.From).NotEqual(default(DateOnly)).WithMessage("'From' must be set.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("'To' is on or after 'From'.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber < MaxDays).WithMessage($"Ask for at most {MaxDays} days at once.");
    }
}
