namespace Creo.Application.Privacy.GetAnalyticsChoice;

/// <summary>Whether the person has ever decided on analytics, and what the newest decision is (the cookie banner asks until they have).</summary>
public sealed record GetAnalyticsChoiceQuery(Guid UserId) : IQuery<AnalyticsChoiceDto>;
