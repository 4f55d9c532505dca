namespace Creo.Application.Accounts.SuspendAccount;

internal sealed class SuspendAccountCommandValidator : AbstractValidator<SuspendAccountCommand>
{
    public SuspendAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
