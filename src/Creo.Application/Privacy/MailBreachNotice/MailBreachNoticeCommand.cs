using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.MailBreachNotice;

/// <summary>Mails one affected person about a breach, unless they were mailed already; true when a mail went out.</summary>
public sealed record MailBreachNoticeCommand(Guid BreachId, AccountRecipientDto Recipient) : ICommand<bool>;
