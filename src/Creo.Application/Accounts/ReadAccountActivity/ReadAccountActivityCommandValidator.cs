namespace Creo.Application.Accounts.ReadAccountActivity;

internal sealed class ReadAccountActivityCommandValidator : AbstractValidator<ReadAccountActivityCommand>
{
    public ReadAccountActivityCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
