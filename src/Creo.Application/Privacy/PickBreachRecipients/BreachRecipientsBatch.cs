using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.PickBreachRecipients;

/// <summary>Who in a batch still needs the mail, and the account to continue after (null when every one was reached).</summary>
public sealed record BreachRecipientsBatch(IReadOnlyList<AccountRecipientDto> ToMail, Guid? Next);
