namespace Creo.Application.Privacy.SubmitPrivacyRequest;

internal sealed class SubmitPrivacyRequestCommandValidator : AbstractValidator<SubmitPrivacyRequestCommand>
{
    public static readonly string[] Types = [.. Enum.GetValues<PrivacyRequestType>().Select(KebabNames.Of)];

    public SubmitPrivacyRequestCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Type).Must(type => Types.Contains(type))
            .WithMessage($"Choose one of: {string.Join(", ", Types)}.");
        RuleFor(c => c.Details).MaximumLength(PrivacyRequest.MaxDetailsLength);
    }
}
