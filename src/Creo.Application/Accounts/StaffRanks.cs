namespace Creo.Application.Accounts;

/// <summary>
/// Who on staff may act on whose account (issue 14: a support member granted themselves credits and suspended the only
/// admin). Nobody acts on their own account, and only admins act on a staff member's account; reads are not acts.
/// </summary>
internal static class StaffRanks
{
    public static void EnsureMayActOn(this StaffActor staff, User subject)
    {
        if (subject.Id == staff.UserId)
        {
            throw new ForbiddenException("staff-own-account", "Staff do not act on their own account; ask another member of staff.");
        }

        if (!staff.IsAdmin && subject.IsStaff)
        {
            throw new ForbiddenException("staff-account-needs-admin", "Only an admin acts on the account of a member of staff.");
        }
    }
}
