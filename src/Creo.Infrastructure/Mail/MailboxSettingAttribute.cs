using Creo.Application.Common.Settings;
using MimeKit;

namespace Creo.Infrastructure.Mail;

/// <summary>
/// A mailbox as MimeKit reads it when a mail is built (<c>Crëo &lt;no-reply@creo.example&gt;</c> or a bare address),
/// with a domain: MimeKit would otherwise take a lone word as a local address, and the first mail would fail instead.
/// </summary>
public sealed class MailboxSettingAttribute(string setting) : SettingAttribute(setting)
{
    protected override string? Problem(object? value) =>
        value is string text && MailboxAddress.TryParse(text, out var mailbox) && !string.IsNullOrEmpty(mailbox.Domain)
            ? null
            : $"must be a mailbox such as 'Crëo <no-reply@creo.example>' or no-reply@creo.example; got {Shown(value)}";
}
