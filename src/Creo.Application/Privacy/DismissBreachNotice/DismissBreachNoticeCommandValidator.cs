namespace Creo.Application.Privacy.DismissBreachNotice;

internal sealed class DismissBreachNoticeCommandValidator : AbstractValidator<DismissBreachNoticeCommand>
{
    public DismissBreachNoticeCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.BreachId).NotEmpty();
    }
}
