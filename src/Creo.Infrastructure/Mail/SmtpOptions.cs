using Creo.Application.Common.Settings;

namespace Creo.Infrastructure.Mail;

/// <summary>Settings under <c>Email__Smtp__…</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [SettingRange("Email__Smtp__Port", 1, 65535)]
    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>MailKit's <c>SecureSocketOptions</c> name: <c>Auto</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    [SecureSocketSetting("Email__Smtp__Security")]
    public string Security { get; set; } = "Auto";
}
