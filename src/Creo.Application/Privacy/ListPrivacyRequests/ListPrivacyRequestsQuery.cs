namespace Creo.Application.Privacy.ListPrivacyRequests;

/// <summary>The person's own privacy requests, newest first.</summary>
public sealed record ListPrivacyRequestsQuery(Guid UserId) : IQuery<IReadOnlyList<PrivacyRequestDto>>;
