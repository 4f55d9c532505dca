namespace Creo.Infrastructure.Mail;

/// <summary>Settings under <c>Email__Smtp__…</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>MailKit's <c>SecureSocketOptions</c> name: <c>Auto</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    public string Security { get; set; } = "Auto";
}
