namespace Creo.Application.Privacy.CompletePrivacyRequest;

internal sealed class CompletePrivacyRequestCommandValidator : AbstractValidator<CompletePrivacyRequestCommand>
{
    public CompletePrivacyRequestCommandValidator()
    {
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.Outcome).NotEmpty().Must(outcome => !string.IsNullOrWhiteSpace(outcome)).WithMessage("'Outcome' must say what the person is told.")
            .MaximumLength(PrivacyRequest.MaxReasonLength);
    }
}
