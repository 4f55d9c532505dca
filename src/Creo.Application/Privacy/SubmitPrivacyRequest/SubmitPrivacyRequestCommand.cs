namespace Creo.Application.Privacy.SubmitPrivacyRequest;

/// <summary>Asks to exercise one of the six rights; due 30 days after receipt.</summary>
public sealed record SubmitPrivacyRequestCommand(Guid UserId, string Type, string? Details) : ICommand<PrivacyRequestDto>;
