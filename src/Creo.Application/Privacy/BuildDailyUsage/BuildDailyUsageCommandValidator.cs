namespace Creo.Application.Privacy.BuildDailyUsage;

internal sealed class BuildDailyUsageCommandValidator : AbstractValidator<BuildDailyUsageCommand>
{
    public BuildDailyUsageCommandValidator()
    {
        RuleFor(c => c.Day).NotEqual(default(DateOnly)).WithMessage("'Day' must be set.");
    }
}
