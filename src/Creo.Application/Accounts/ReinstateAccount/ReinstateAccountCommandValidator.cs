namespace Creo.Application.Accounts.ReinstateAccount;

internal sealed class ReinstateAccountCommandValidator : AbstractValidator<ReinstateAccountCommand>
{
    public ReinstateAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
