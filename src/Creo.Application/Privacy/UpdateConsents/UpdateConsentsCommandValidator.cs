namespace Creo.Application.Privacy.UpdateConsents;

internal sealed class UpdateConsentsCommandValidator : AbstractValidator<UpdateConsentsCommand>
{
    public static readonly string[] Sources = ["privacy-center", "cookie-banner"];

    public UpdateConsentsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Source).Must(source => Sources.Contains(source)).WithMessage($"The source is one of: {string.Join(", ", Sources)}.");
    }
}
