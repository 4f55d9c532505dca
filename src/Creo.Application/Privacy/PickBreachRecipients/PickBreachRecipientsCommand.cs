namespace Creo.Application.Privacy.PickBreachRecipients;

/// <summary>
/// The next <paramref name="Take"/> people a breach affects after <paramref name="After"/>: writes a notification row
/// for each who has none yet and returns those not yet mailed.
/// </summary>
public sealed record PickBreachRecipientsCommand(Guid BreachId, Guid? After, int Take) : ICommand<BreachRecipientsBatch>;
