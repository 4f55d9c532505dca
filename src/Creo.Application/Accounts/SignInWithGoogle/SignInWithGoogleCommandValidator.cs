namespace Creo.Application.Accounts.SignInWithGoogle;

internal sealed class SignInWithGoogleCommandValidator : AbstractValidator<SignInWithGoogleCommand>
{
    public SignInWithGoogleCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(User.MaxEmailLength).Must(email => EmailAddress.TryNormalize(email, out _)).WithMessage("Google gave no bare email address.");
        RuleFor(c => c.EmailVerified).Equal(true).WithMessage("Google has not verified this email address.");
        RuleFor(c => c.Name).MaximumLength(User.MaxNameLength * 4);
        RuleFor(c => c.AvatarUrl).MaximumLength(User.MaxAvatarUrlLength)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https"))
            .WithMessage("The avatar must be an https URL.");
        RuleFor(c => c.Client).NotNull();
    }
}
