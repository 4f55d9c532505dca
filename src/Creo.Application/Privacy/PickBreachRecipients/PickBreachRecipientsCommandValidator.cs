namespace Creo.Application.Privacy.PickBreachRecipients;

internal sealed class PickBreachRecipientsCommandValidator : AbstractValidator<PickBreachRecipientsCommand>
{
    public PickBreachRecipientsCommandValidator()
    {
        RuleFor(c => c.BreachId).NotEmpty();
        RuleFor(c => c.Take).InclusiveBetween(1, 1000);
    }
}
