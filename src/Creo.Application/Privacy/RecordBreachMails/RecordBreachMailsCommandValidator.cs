namespace Creo.Application.Privacy.RecordBreachMails;

internal sealed class RecordBreachMailsCommandValidator : AbstractValidator<RecordBreachMailsCommand>
{
    public RecordBreachMailsCommandValidator()
    {
        RuleFor(c => c.BreachId).NotEmpty();
        RuleFor(c => c.UserIds).NotEmpty().Must(ids => ids.Count <= 1000).WithMessage("At most 1000 people per batch.");
        RuleForEach(c => c.UserIds).NotEmpty();
    }
}
