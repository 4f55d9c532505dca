namespace Creo.Application.Billing.OpenPortal;

internal sealed class OpenPortalCommandValidator : AbstractValidator<OpenPortalCommand>
{
    public OpenPortalCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.ReturnBase).NotNull();
    }
}
