namespace Creo.Application.Privacy.BeginAccountErasure;

internal sealed class BeginAccountErasureCommandValidator : AbstractValidator<BeginAccountErasureCommand>
{
    public BeginAccountErasureCommandValidator()
    {
        RuleFor(c => c.DeletionId).NotEmpty();
    }
}
