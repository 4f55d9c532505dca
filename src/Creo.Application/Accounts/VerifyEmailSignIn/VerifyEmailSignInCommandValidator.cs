using FluentValidation;

namespace Creo.Application.Accounts.VerifyEmailSignIn;

internal sealed class VerifyEmailSignInCommandValidator : AbstractValidator<VerifyEmailSignInCommand>
{
    public VerifyEmailSignInCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Client).NotNull();
    }
}
