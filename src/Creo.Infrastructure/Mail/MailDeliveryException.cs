using MailKit.Net.Smtp;

namespace Creo.Infrastructure.Mail;

/// <summary>
/// The relay refused or dropped a mail. A relay's reply quotes the address it refused (<c>550 5.1.1 &lt;…&gt;: Recipient
/// address rejected</c>), and MailKit makes that reply its exception message; this message keeps the status and
/// MailKit's error code, never the reply, so the address cannot reach a log, a problem document or Hangfire's tables.
/// </summary>
internal sealed class MailDeliveryException : Exception
{
    private MailDeliveryException(string message)
        : base(message)
    {
    }

    public static MailDeliveryException From(SmtpCommandException refused) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The SMTP relay refused the mail: {refused.ErrorCode}, status {(int)refused.StatusCode}."));

    public static MailDeliveryException From(SmtpProtocolException broken) =>
        new($"The SMTP exchange broke off ({broken.GetType().Name}).");

    /// <summary>The connection failed below SMTP (a socket closed, a send that timed out): the type says which, no text.</summary>
    public static MailDeliveryException From(Exception failed) =>
        new($"The connection to the SMTP relay failed ({failed.GetType().Name}).");
}
