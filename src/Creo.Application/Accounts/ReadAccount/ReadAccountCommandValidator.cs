namespace Creo.Application.Accounts.ReadAccount;

internal sealed class ReadAccountCommandValidator : AbstractValidator<ReadAccountCommand>
{
    public ReadAccountCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
