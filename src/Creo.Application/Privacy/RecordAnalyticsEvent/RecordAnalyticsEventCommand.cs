namespace Creo.Application.Privacy.RecordAnalyticsEvent;

/// <summary>
/// Counts one analytics event in the anonymous daily aggregate, but only for a signed-in person
/// (<paramref name="UserId"/> set) who allowed analytics and whose browser did not send <c>Sec-GPC: 1</c>;
/// otherwise nothing is written at all. Returns whether it counted. The count never learns who sent it.
/// </summary>
public sealed record RecordAnalyticsEventCommand(Guid? UserId, string? Name, string? Page, bool GlobalPrivacyControl) : ICommand<bool>;
