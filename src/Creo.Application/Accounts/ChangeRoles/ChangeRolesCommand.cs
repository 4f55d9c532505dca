using Mediator;

namespace Creo.Application.Accounts.ChangeRoles;

/// <summary>An admin makes an account support staff or admin, or takes that away (<c>user</c> always stays). Audited.</summary>
public sealed record ChangeRolesCommand(Guid AdminUserId, Guid UserId, IReadOnlyList<string> Roles, string Reason) : ICommand<StaffAccountDto>;
