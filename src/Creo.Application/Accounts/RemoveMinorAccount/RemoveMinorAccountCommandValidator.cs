namespace Creo.Application.Accounts.RemoveMinorAccount;

internal sealed class RemoveMinorAccountCommandValidator : AbstractValidator<RemoveMinorAccountCommand>
{
    public RemoveMinorAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
