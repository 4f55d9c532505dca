using Mediator;

namespace Creo.Application.Privacy.CompletePrivacyRequest;

/// <summary>Support answers a request: the outcome is recorded and mailed to the person. A request is answered once.</summary>
public sealed record CompletePrivacyRequestCommand(Guid RequestId, string Outcome) : ICommand<PrivacyRequestDto>;
