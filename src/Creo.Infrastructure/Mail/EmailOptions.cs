using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Mail;

/// <summary>Settings under <c>Email__…</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>With no SMTP host, each mail is written here as one <c>.eml</c> file; default <c>&lt;DataDirectory&gt;/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    [MailboxSetting("Email__From")]
    public string From { get; set; } = "Crëo <no-reply@creo.local>";

    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();
}
