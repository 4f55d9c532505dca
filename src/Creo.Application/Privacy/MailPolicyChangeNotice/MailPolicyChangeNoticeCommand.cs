using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.MailPolicyChangeNotice;

/// <summary>Mails one account about a material policy change, unless it was told already; true when a mail went out.</summary>
public sealed record MailPolicyChangeNoticeCommand(Guid PolicyVersionId, AccountRecipientDto Recipient) : ICommand<bool>;
