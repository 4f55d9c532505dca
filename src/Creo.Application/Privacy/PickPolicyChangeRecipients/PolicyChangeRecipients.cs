using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.PickPolicyChangeRecipients;

/// <summary>Who in a page still needs the mail, and the account to continue after (null when every account was reached).</summary>
public sealed record PolicyChangeRecipients(IReadOnlyList<AccountRecipientDto> ToTell, Guid? Next);
