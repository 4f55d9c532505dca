namespace Creo.Application.Accounts.ChangeRoles;

internal sealed class ChangeRolesCommandValidator : AbstractValidator<ChangeRolesCommand>
{
    public static readonly string[] Known = ["user", "support", "admin"];

    public ChangeRolesCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Roles).NotNull();
        RuleForEach(c => c.Roles).Must(role => Known.Contains(role)).WithMessage("A role is one of user, support, admin.");
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
