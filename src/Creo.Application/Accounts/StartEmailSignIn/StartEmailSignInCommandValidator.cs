namespace Creo.Application.Accounts.StartEmailSignIn;

internal sealed class StartEmailSignInCommandValidator : AbstractValidator<StartEmailSignInCommand>
{
    public StartEmailSignInCommandValidator()
    {
        // One message per mistake, worded for the person typing (the sign-in page shows it next to the field).
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(User.MaxEmailLength).WithMessage($"An email address has at most {User.MaxEmailLength} characters.")
            // A bare address only: a display name or comment would deliver to another address than the one limited and stored.
            .Must(email => EmailAddress.TryNormalize(email, out _)).WithMessage("Enter an email address like name@example.com.");
        RuleFor(c => c.LinkBaseUrl).Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .WithMessage("The link base must be an absolute http(s) URL.");
    }
}
