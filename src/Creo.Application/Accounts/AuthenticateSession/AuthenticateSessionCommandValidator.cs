namespace Creo.Application.Accounts.AuthenticateSession;

internal sealed class AuthenticateSessionCommandValidator : AbstractValidator<AuthenticateSessionCommand>
{
    public AuthenticateSessionCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Client).NotNull();
    }
}
