using Creo.Application.Privacy.SubmitPrivacyRequest;

namespace Creo.Application.Privacy.LogEmailedPrivacyRequest;

internal sealed class LogEmailedPrivacyRequestCommandValidator : AbstractValidator<LogEmailedPrivacyRequestCommand>
{
    /// <summary>The longest address SMTP carries (RFC 5321); the accounts module stores no longer one.</summary>
    public const int MaxEmailLength = 254;

    public LogEmailedPrivacyRequestCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.Email).NotEmpty().MaximumLength(MaxEmailLength).Must(email => Creo.Domain.Common.EmailAddress.TryNormalize(email, out _)).WithMessage("Enter a bare email address like name@example.com.");
        RuleFor(c => c.Type).Must(type => SubmitPrivacyRequestCommandValidator.Types.Contains(type))
            .WithMessage($"Choose one of: {string.Join(", ", SubmitPrivacyRequestCommandValidator.Types)}.");
        RuleFor(c => c.Details).MaximumLength(PrivacyRequest.MaxDetailsLength);

        // The same bounds the entity keeps, said as a 400 before anything is looked up.
        RuleFor(c => c.ReceivedAt)
            .Must(receivedAt => receivedAt <= clock.GetUtcNow()).WithMessage("'Received At' cannot be in the future.")
            .Must(receivedAt => receivedAt >= clock.GetUtcNow() - PrivacyRequest.ResponseTime)
            .WithMessage($"'Received At' is within the last {PrivacyRequest.ResponseTime.TotalDays} days; an older request is overdue already and is escalated, not logged.");
    }
}
