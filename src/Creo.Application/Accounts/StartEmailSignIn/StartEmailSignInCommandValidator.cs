using Creo.Domain.Accounts;
using FluentValidation;

namespace Creo.Application.Accounts.StartEmailSignIn;

internal sealed class StartEmailSignInCommandValidator : AbstractValidator<StartEmailSignInCommand>
{
    public StartEmailSignInCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(User.MaxEmailLength).EmailAddress();
        RuleFor(c => c.LinkBaseUrl).Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .WithMessage("The link base must be an absolute http(s) URL.");
    }
}
