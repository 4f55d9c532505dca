namespace Creo.Application.Privacy.UpdateConsents;

/// <summary>
/// Records the person's choices, one append-only record per purpose that changed, with the time and the policy
/// version in force. With <paramref name="GlobalPrivacyControl"/> set, analytics is recorded as refused.
/// </summary>
public sealed record UpdateConsentsCommand(Guid UserId, bool Analytics, bool ProductEmails, string Source, bool GlobalPrivacyControl) : ICommand<ConsentsDto>;
