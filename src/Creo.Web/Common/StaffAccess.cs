using Creo.Application.Accounts;

namespace Creo.Web.Common;

/// <summary>
/// Who may use the staff routes under <c>/api/admin</c>: support staff and admins, or admins alone. Everyone else,
/// signed in or not, is refused (403 when signed in, 401 when not).
/// </summary>
public static class StaffAccess
{
    public const string Support = "support";
    public const string Admin = "admin";

    /// <summary>Support staff and admins: answering people, reading their accounts with a reason.</summary>
    public static TBuilder RequireStaff<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireRole(Support, Admin));

    /// <summary>Admins alone: roles, operations, policy versions.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireRole(Admin));

    /// <summary>The signed-in staff member as the staff commands take them; the handlers decide what their rank allows.</summary>
    public static StaffActor Staff(this ClaimsPrincipal user) => new(user.UserId(), user.IsInRole(Admin));
}
