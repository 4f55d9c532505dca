namespace Creo.Application.Privacy.MailPolicyChangeNotice;

internal sealed class MailPolicyChangeNoticeCommandValidator : AbstractValidator<MailPolicyChangeNoticeCommand>
{
    public MailPolicyChangeNoticeCommandValidator()
    {
        RuleFor(c => c.PolicyVersionId).NotEmpty();
        RuleFor(c => c.Recipient.UserId).NotEmpty();
        RuleFor(c => c.Recipient.Email).NotEmpty();
    }
}
