namespace Creo.Application.Privacy.Contracts;

internal sealed class EraseAccountNowCommandValidator : AbstractValidator<EraseAccountNowCommand>
{
    public EraseAccountNowCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
