namespace Creo.Application.Generations.UploadImage;

internal sealed class UploadImageCommandValidator : AbstractValidator<UploadImageCommand>
{
    public UploadImageCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Image).NotNull().WithMessage("Attach an image in the field 'file'.");
        RuleFor(c => c.Image.Content).NotEmpty().When(c => c.Image is not null).WithMessage("Attach an image in the field 'file'.");
        RuleFor(c => c.Image.Width).GreaterThan(0).When(c => c.Image is not null);
        RuleFor(c => c.Image.Height).GreaterThan(0).When(c => c.Image is not null);
    }
}
