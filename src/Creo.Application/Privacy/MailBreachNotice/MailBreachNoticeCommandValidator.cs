namespace Creo.Application.Privacy.MailBreachNotice;

internal sealed class MailBreachNoticeCommandValidator : AbstractValidator<MailBreachNoticeCommand>
{
    public MailBreachNoticeCommandValidator()
    {
        RuleFor(c => c.BreachId).NotEmpty();
        RuleFor(c => c.Recipient.UserId).NotEmpty();
        RuleFor(c => c.Recipient.Email).NotEmpty();
    }
}
