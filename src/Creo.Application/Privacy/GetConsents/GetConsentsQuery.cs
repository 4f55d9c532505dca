namespace Creo.Application.Privacy.GetConsents;

/// <summary>The person's consents; nothing optional is on until they opted in.</summary>
public sealed record GetConsentsQuery(Guid UserId, bool GlobalPrivacyControl) : IQuery<ConsentsDto>;
