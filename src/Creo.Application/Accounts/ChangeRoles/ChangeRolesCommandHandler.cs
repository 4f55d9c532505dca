namespace Creo.Application.Accounts.ChangeRoles;

internal sealed class ChangeRolesCommandHandler(IAccountsData data, StaffAudit audit) : ICommandHandler<ChangeRolesCommand, StaffAccountDto>
{
    public async ValueTask<StaffAccountDto> Handle(ChangeRolesCommand command, CancellationToken cancellationToken)
    {
        if (!command.Staff.IsAdmin)
        {
            throw new ForbiddenException("roles-need-admin", "Only an admin sets roles.");
        }

        var user = await data.LoadSubjectOfStaffActAsync(command.Staff, command.UserId, cancellationToken);
        var roles = command.Roles.Aggregate(Role.User, (all, name) => all | Enum.Parse<Role>(name, ignoreCase: true));
        user.SetRoles(roles);
        audit.Record(command.Staff.UserId, user.Id, "change-roles", command.Reason, $"An admin set your roles to {string.Join(", ", RoleNames.Of(user.Roles))}.");
        return StaffAccountMapper.ToDto(user, null, null);
    }
}
