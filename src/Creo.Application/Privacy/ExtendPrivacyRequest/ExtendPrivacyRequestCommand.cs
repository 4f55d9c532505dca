namespace Creo.Application.Privacy.ExtendPrivacyRequest;

/// <summary>
/// Moves a request's due date out by <paramref name="Days"/> with the reason the person is told by mail (the desk of
/// issue 7 sends it; at most three months from receipt in all). The staff audit log names who extended it.
/// </summary>
public sealed record ExtendPrivacyRequestCommand(Guid StaffUserId, Guid RequestId, int Days, string Reason) : ICommand<PrivacyRequestDto>;
