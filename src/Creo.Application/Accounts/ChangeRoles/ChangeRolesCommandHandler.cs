using Creo.Application.Common.Errors;
using Creo.Domain.Accounts;
using Creo.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Accounts.ChangeRoles;

internal sealed class ChangeRolesCommandHandler(IAccountsData data, StaffAudit audit) : ICommandHandler<ChangeRolesCommand, StaffAccountDto>
{
    public async ValueTask<StaffAccountDto> Handle(ChangeRolesCommand command, CancellationToken cancellationToken)
    {
        var user = await data.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken) ?? throw new NotFoundException("Account");
        var roles = command.Roles.Aggregate(Role.User, (all, name) => all | Enum.Parse<Role>(name, ignoreCase: true));
        if (user.Id == command.AdminUserId && !roles.HasFlag(Role.Admin))
        {
            // Otherwise the last admin could lock everyone out of operations by accident.
            throw new DomainException("cannot-demote-self", "Admins cannot take the admin role from themselves; ask another admin.");
        }

        user.SetRoles(roles);
        audit.Record(command.AdminUserId, user.Id, "change-roles", command.Reason, $"An admin set your roles to {string.Join(", ", RoleNames.Of(user.Roles))}.");
        return StaffAccountMapper.ToDto(user, null, null);
    }
}
