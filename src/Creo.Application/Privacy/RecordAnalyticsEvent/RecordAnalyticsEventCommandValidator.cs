namespace Creo.Application.Privacy.RecordAnalyticsEvent;

internal sealed class RecordAnalyticsEventCommandValidator : AbstractValidator<RecordAnalyticsEventCommand>
{
    public RecordAnalyticsEventCommandValidator()
    {
        RuleFor(c => c.UserId).NotEqual(Guid.Empty);
        RuleFor(c => c.Name).Must(AnalyticsEvents.IsKnownName)
            .WithMessage($"The event is one of: {string.Join(", ", AnalyticsEvents.Names)}.");
        RuleFor(c => c.Page).Must(AnalyticsEvents.IsKnownPage)
            .WithMessage($"The page is one of the app's own: {string.Join(", ", AnalyticsEvents.Pages)}.");
    }
}
