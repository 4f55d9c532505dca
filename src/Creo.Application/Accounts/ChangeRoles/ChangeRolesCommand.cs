namespace Creo.Application.Accounts.ChangeRoles;

/// <summary>
/// An admin makes another account support staff or admin, or takes that away (<c>user</c> always stays). Audited.
/// Nobody changes their own roles: granting needs no one, and taking the last admin's away would lock everyone out.
/// </summary>
public sealed record ChangeRolesCommand(StaffActor Staff, Guid UserId, IReadOnlyList<string> Roles, string Reason) : ICommand<StaffAccountDto>;
