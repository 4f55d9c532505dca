using MailKit.Net.Smtp;
using MailKit.Security;

namespace Creo.Infrastructure.Mail;

/// <summary>Production mail through an SMTP relay with MailKit.</summary>
internal sealed class SmtpMailSender(EmailOptions options) : IMailSender
{
    public Task<MailBatchOutcome> SendEachAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken stopping) =>
        new SmtpBatch(options, mails).SendAsync(stopping);

    /// <summary>Connects and signs in as the settings say: one mail's connection, or a whole batch's.</summary>
    internal static async Task ConnectAsync(SmtpClient client, EmailOptions options, CancellationToken cancellationToken)
    {
        var host = options.Smtp.Host ?? throw new InvalidOperationException("Email__Smtp__Host is not set.");
        await client.ConnectAsync(host, options.Smtp.Port, Enum.Parse<SecureSocketOptions>(options.Smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(options.Smtp.Username))
        {
            await client.AuthenticateAsync(options.Smtp.Username, options.Smtp.Password ?? string.Empty, cancellationToken);
        }
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(mail, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            // No inner exception: its message is the relay's reply, which names the recipient.
            throw MailDeliveryException.From(refused);
        }
        catch (SmtpProtocolException broken)
        {
            throw MailDeliveryException.From(broken);
        }
    }

    private async Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = MimeMessages.Build(mail, options.From);
        using var client = new SmtpClient();
        await ConnectAsync(client, options, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
