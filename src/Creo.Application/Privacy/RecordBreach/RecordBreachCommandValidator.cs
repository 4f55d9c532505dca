using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.RecordBreach;

internal sealed class RecordBreachCommandValidator : AbstractValidator<RecordBreachCommand>
{
    /// <summary>More than this many named accounts is a job for "all" or for the categories and window.</summary>
    public const int MaxUserIds = 10_000;

    public RecordBreachCommandValidator()
    {
        RuleFor(c => c.RecordedBy).NotEmpty();
        RuleFor(c => c.Message).NotEmpty().MaximumLength(Breach.MaxMessageLength);
        RuleFor(c => c.Description).MaximumLength(Breach.MaxDescriptionLength);
        RuleFor(c => c.UserIds)
            .Must(ids => ids is null || !ids.Any()).When(c => c.All)
            .WithMessage("Name the affected accounts by 'userIds' or tell 'all', not both.");
        RuleFor(c => c.UserIds)
            .NotEmpty().WithMessage("'userIds' names at least one account.")
            .Must(ids => ids!.Count <= MaxUserIds).WithMessage($"At most {MaxUserIds} accounts by id; use 'all' or the categories and window.")
            .Must(ids => ids!.All(id => id != Guid.Empty)).WithMessage("'userIds' holds an empty id.")
            .When(c => c.UserIds is not null && !c.All);
        RuleFor(c => c)
            .Must(c => c.UserIds is not null || c.All || c.Categories is { Count: > 0 })
            .OverridePropertyName("UserIds")
            .WithMessage("Say who was affected: 'userIds', 'all': true, or the data 'categories' with the window's end ('to').");
        RuleFor(c => c.To)
            .NotNull().WithMessage("Picking by data categories needs the window's end ('to').")
            .When(c => c.UserIds is null && !c.All && c.Categories is { Count: > 0 });
        // JSON can put null in a list of strings ("categories": [null]): it is a wrong category, not a crash.
        RuleForEach(c => c.Categories)
            .Must(category => category is not null && BreachCategories.All.Contains(category.Trim().ToLowerInvariant()))
            .WithMessage($"A category is one of: {string.Join(", ", BreachCategories.All)}.");
        RuleFor(c => c.Categories)
            .Must(categories => string.Join(",", BreachCategories.Normalize(categories)).Length <= Breach.MaxCategoriesLength)
            .When(c => c.Categories is not null && c.Categories.All(category => category is not null));
        RuleFor(c => c.From)
            .LessThanOrEqualTo(c => c.To).When(c => c.From is not null && c.To is not null)
            .WithMessage("The window ('from') must begin before it ends ('to').");
    }
}
