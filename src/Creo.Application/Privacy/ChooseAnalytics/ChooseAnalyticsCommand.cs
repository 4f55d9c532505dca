namespace Creo.Application.Privacy.ChooseAnalytics;

/// <summary>
/// The cookie banner's answer: allows or refuses analytics alone (other consents stay as they are), appended with
/// the time, the policy version in force and the source <c>cookie-banner</c>. With
/// <paramref name="GlobalPrivacyControl"/> set, analytics is recorded as refused, as everywhere else. Returns the
/// analytics consent now in force.
/// </summary>
public sealed record ChooseAnalyticsCommand(Guid UserId, bool Analytics, bool GlobalPrivacyControl) : ICommand<bool>;
