namespace Creo.Application.Privacy.LogEmailedPrivacyRequest;

/// <summary>
/// Support logs a request that arrived by mail to the contact address, for the account with that sign-in address;
/// it is due 30 days after <paramref name="ReceivedAt"/>, when it reached us, not when it was logged. The staff audit
/// log names who logged it.
/// </summary>
public sealed record LogEmailedPrivacyRequestCommand(Guid StaffUserId, string Email, string Type, string? Details, DateTimeOffset ReceivedAt) : ICommand<DeskRequestDto>;
