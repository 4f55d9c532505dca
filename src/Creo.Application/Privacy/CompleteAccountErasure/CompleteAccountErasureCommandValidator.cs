namespace Creo.Application.Privacy.CompleteAccountErasure;

internal sealed class CompleteAccountErasureCommandValidator : AbstractValidator<CompleteAccountErasureCommand>
{
    public CompleteAccountErasureCommandValidator()
    {
        RuleFor(c => c.DeletionId).NotEmpty();
        RuleFor(c => c.Summary).NotNull();
    }
}
