namespace Creo.Application.Accounts;

/// <summary>
/// The staff member a staff command acts for, as their session says: who they are and whether they are an admin
/// (support otherwise). The handler, not the endpoint, decides what that rank allows, so the API and the staff pages
/// obey the same rules.
/// </summary>
public sealed record StaffActor(Guid UserId, bool IsAdmin);
