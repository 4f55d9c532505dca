using Creo.Application.Common.Settings;
using MailKit.Security;

namespace Creo.Infrastructure.Mail;

/// <summary>A name of MailKit's <see cref="SecureSocketOptions"/>, any case, as <see cref="SmtpMailSender"/> parses it; not a number.</summary>
public sealed class SecureSocketSettingAttribute(string setting) : SettingAttribute(setting)
{
    private static readonly string[] Names = [.. Enum.GetNames<SecureSocketOptions>().Order(StringComparer.Ordinal)];

    protected override string? Problem(object? value) =>
        value is string text && Names.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"must be one of {string.Join(", ", Names)}; got {Shown(value)}";
}
