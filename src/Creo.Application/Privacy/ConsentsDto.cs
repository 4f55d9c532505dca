namespace Creo.Application.Privacy;

/// <summary>
/// The consents in force. <see cref="GlobalPrivacyControl"/> says the browser sent <c>Sec-GPC: 1</c>, which
/// counts as an analytics opt-out whatever was recorded before.
/// </summary>
public sealed record ConsentsDto(bool Analytics, bool ProductEmails, bool GlobalPrivacyControl, DateTimeOffset? UpdatedAt, int? PolicyVersion);
