namespace Creo.Application.Privacy.CompletePrivacyRequest;

/// <summary>
/// Support answers a request: the outcome is recorded and mailed to the person, and the staff audit log names who
/// answered. A request is answered once, and never by the person it is about.
/// </summary>
public sealed record CompletePrivacyRequestCommand(Guid StaffUserId, Guid RequestId, string Outcome) : ICommand<PrivacyRequestDto>;
