namespace Creo.Application.Privacy.RemindDueRequests;

/// <summary>What the reminder says of a request: no details, no name, nothing the person wrote.</summary>
internal sealed record DueRequest(Guid Id, PrivacyRequestType Type, DateTimeOffset DueAt);
