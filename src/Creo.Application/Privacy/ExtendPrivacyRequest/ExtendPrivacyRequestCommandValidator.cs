namespace Creo.Application.Privacy.ExtendPrivacyRequest;

internal sealed class ExtendPrivacyRequestCommandValidator : AbstractValidator<ExtendPrivacyRequestCommand>
{
    public ExtendPrivacyRequestCommandValidator()
    {
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.Days).InclusiveBetween(1, (int)PrivacyRequest.LongestExtension.TotalDays);
        // Mailed to the person as it is typed: plain words, so no mail client renders a link or markup someone slipped in.
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(PrivacyRequest.MaxReasonLength).IsPlainText();
    }
}
