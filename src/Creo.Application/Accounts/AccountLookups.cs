namespace Creo.Application.Accounts;

/// <summary>The account a command is about, loaded for change, or a 404 naming it "Account" like every other account lookup.</summary>
internal static class AccountLookups
{
    public static Task<User> LoadAccountAsync(this IAccountsData data, Guid userId, CancellationToken cancellationToken) =>
        data.Users.FirstOrNotFoundAsync(u => u.Id == userId, "Account", cancellationToken);

    /// <summary>The account a staff act is about, refused when this staff member may not act on it (<see cref="StaffRanks"/>).</summary>
    public static async Task<User> LoadSubjectOfStaffActAsync(this IAccountsData data, StaffActor staff, Guid userId, CancellationToken cancellationToken)
    {
        var user = await data.LoadAccountAsync(userId, cancellationToken);
        staff.EnsureMayActOn(user);
        return user;
    }
}
