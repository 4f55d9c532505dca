namespace Creo.Web.Pages.Admin;

/// <summary>
/// What an admin saw and confirmed before removing an account as a minor's: the one account (by id, name and
/// address), the reason the account was opened with, the removal's reason, and until when the confirmation holds.
/// </summary>
public sealed record MinorRemovalTicket(Guid UserId, string Email, string Name, string OpenReason, string RemovalReason, DateTimeOffset ExpiresAt)
{
    public const string Act = "remove-minor";
}
