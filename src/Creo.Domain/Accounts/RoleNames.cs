namespace Creo.Domain.Accounts;

/// <summary>The names roles go by outside the code (API fields, claims): <c>user</c>, <c>support</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    public static IReadOnlyList<string> Of(Role roles) =>
        Enum.GetValues<Role>().Where(role => roles.HasFlag(role)).Select(role => role.ToString().ToLowerInvariant()).ToList();
}
