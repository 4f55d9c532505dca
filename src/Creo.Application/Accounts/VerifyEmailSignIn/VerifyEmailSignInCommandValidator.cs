namespace Creo.Application.Accounts.VerifyEmailSignIn;

internal sealed class VerifyEmailSignInCommandValidator : AbstractValidator<VerifyEmailSignInCommand>
{
    public const int MaxTokenLength = 128;

    public VerifyEmailSignInCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(MaxTokenLength);
        RuleFor(c => c.Client).NotNull();
    }
}
