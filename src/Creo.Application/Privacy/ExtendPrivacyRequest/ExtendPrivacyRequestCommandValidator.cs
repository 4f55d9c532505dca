using Creo.Domain.Privacy;
using FluentValidation;

namespace Creo.Application.Privacy.ExtendPrivacyRequest;

internal sealed class ExtendPrivacyRequestCommandValidator : AbstractValidator<ExtendPrivacyRequestCommand>
{
    public ExtendPrivacyRequestCommandValidator()
    {
        RuleFor(c => c.RequestId).NotEmpty();
        RuleFor(c => c.Days).InclusiveBetween(1, (int)PrivacyRequest.LongestExtension.TotalDays);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(PrivacyRequest.MaxReasonLength);
    }
}
