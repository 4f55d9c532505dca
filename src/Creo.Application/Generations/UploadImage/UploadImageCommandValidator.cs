using FluentValidation;

namespace Creo.Application.Generations.UploadImage;

internal sealed class UploadImageCommandValidator : AbstractValidator<UploadImageCommand>
{
    public UploadImageCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Content).NotNull().WithMessage("Attach an image in the field 'file'.");
    }
}
